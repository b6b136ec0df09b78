/**
 * A QR code of a text, drawn as one SVG path, dark on white whatever the theme (scanners want
 * that). The encoder (uqr, small and dependency-free) loads only when a code is first shown.
 */
import { useEffect, useState } from 'react';

type Drawn = { ok: true; size: number; path: string } | { ok: false } | null;

/** Every dark module as a 1×1 square of one path, row by row. */
function pathOf(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return path;
}

interface QrPictureProps {
  text: string;
  /** What the code holds, for a screen reader. */
  label: string;
}

export function QrPicture({ text, label }: QrPictureProps) {
  const [drawn, setDrawn] = useState<Drawn>(null);
  useEffect(() => {
    let live = true;
    import('uqr').then(
      ({ encode }) => {
        if (!live) return;
        try {
          const qr = encode(text, { ecc: 'L', border: 2 });
          setDrawn({ ok: true, size: qr.size, path: pathOf(qr.data) });
        } catch {
          setDrawn({ ok: false });
        }
      },
      () => live && setDrawn({ ok: false }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (drawn === null) return <p className="muted">Drawing the QR code…</p>;
  if (!drawn.ok)
    return (
      <p className="help" role="status">
        The QR code could not be drawn (the code may be too long for one). Copy the code instead.
      </p>
    );
  return (
    <svg
      className="qr-picture"
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      role="img"
      aria-label={label}
      data-testid="progress-qr"
      shapeRendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
