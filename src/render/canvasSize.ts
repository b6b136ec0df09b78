/** The canvas's backing store for a CSS size and pixel ratio, capped so a 4K screen stays cheap. */

/** Device pixels per CSS pixel at most: beyond 2 the extra sharpness is not worth the fill cost. */
export const MAX_DPR = 2;
/** Backing-store pixels at most (about 2 × a 1200 × 500 stage at ratio 2). */
export const MAX_PIXELS = 5_000_000;

export interface BackingSize {
  width: number;
  height: number;
  /** The scale to draw with, so one unit is one CSS pixel. */
  scale: number;
}

export function backingSize(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
): BackingSize {
  const w = Math.max(1, cssWidth);
  const h = Math.max(1, cssHeight);
  let scale = Math.min(
    MAX_DPR,
    Math.max(1, Number.isFinite(devicePixelRatio) ? devicePixelRatio : 1),
  );
  if (w * h * scale * scale > MAX_PIXELS) scale = Math.max(0.5, Math.sqrt(MAX_PIXELS / (w * h)));
  return { width: Math.round(w * scale), height: Math.round(h * scale), scale };
}
