/**
 * Reading the words the stage drew, through its test hook: with `window.__stageTestHooks` set before
 * the page loads, each stage canvas carries the words it last drew, with their boxes, in
 * `data-labels` (see src/ui/stage/stageShell.ts). And what a reader could not read in them.
 */
import type { Locator, Page } from '@playwright/test';

export interface DrawnLabel {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  px: number;
  shortened: boolean;
}

export interface LabelsFrame {
  width: number;
  height: number;
  timeMs: number;
  labels: DrawnLabel[];
  /** The boxes laid over the stage for a while (moment chips, the crash banner, the page's tag). */
  banners?: { kind: string; text: string; x: number; y: number; w: number; h: number }[];
}

/** Asks the page, before it loads, to publish what its stages draw. */
export async function withStageHooks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
  });
}

/** The playground's stage canvas. */
export const stageCanvas = (page: Page): Locator => page.locator('[data-testid="stage"] canvas');

/** The words `canvas` last drew, or null before its first frame. */
export async function readLabels(canvas: Locator): Promise<LabelsFrame | null> {
  const raw = await canvas.getAttribute('data-labels');
  return raw === null ? null : (JSON.parse(raw) as LabelsFrame);
}

/**
 * Cut short, off the canvas, on top of another, or (with `minPx`) smaller than that, or a count
 * written on a packed cell: everything a reader could not read in one frame, one line each.
 */
export function labelFaults(frame: LabelsFrame, options: { minPx?: number } = {}): string[] {
  const out: string[] = [];
  const { labels, width, height } = frame;
  labels.forEach((a, i) => {
    if (a.shortened) out.push(`cut short: "${a.text}"`);
    // A count on a packed cell ("×20", "×3"): the caption under the well says what one holds, once.
    if (/^×[\d,]+$/.test(a.text)) out.push(`a count on a cell: "${a.text}"`);
    if (options.minPx !== undefined && a.px < options.minPx) out.push(`${a.px} px: "${a.text}"`);
    if (a.x < -0.5 || a.y < -0.5 || a.x + a.w > width + 0.5 || a.y + a.h > height + 0.5)
      out.push(`off the canvas: "${a.text}"`);
    for (const b of labels.slice(i + 1)) {
      const apart =
        a.x + a.w <= b.x + 0.5 ||
        b.x + b.w <= a.x + 0.5 ||
        a.y + a.h <= b.y + 0.5 ||
        b.y + b.h <= a.y + 0.5;
      if (!apart) out.push(`overlap: "${a.text}" / "${b.text}"`);
    }
  });
  return out;
}
