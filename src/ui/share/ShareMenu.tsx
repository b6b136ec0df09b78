/**
 * "Share and export" in the page header, and the drop target for scenario files. Only the button
 * and the drag listeners load with the page; the panel (copying, downloads, the file picker) loads
 * the first time it opens or a file is dropped, to keep the first paint's JavaScript small.
 */
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { Popover } from '../Popover.tsx';
import type { ImportResult } from './importScenario.ts';
import { useFileDrop } from './useFileDrop.ts';
import './share.css';

const SharePanel = retryableLazy(() => import('./SharePanel.tsx'));

export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [imported, setImported] = useState<ImportResult | null>(null);

  const onOpenChange = useCallback((next: boolean) => {
    setOpen(next);
    if (next) setLoaded(true);
  }, []);

  const dragging = useFileDrop(async (files) => {
    // An exercise pack goes to the pack loader (which opens the Exercises list); told apart by content.
    const { isPackDrop } = await import('../exercises/packKind.ts');
    if (await isPackDrop(files)) {
      const { loadPackFiles } = await import('../exercises/session.ts');
      return loadPackFiles(files);
    }
    const { importScenarioFiles } = await import('./importScenario.ts');
    setImported(await importScenarioFiles(files));
    // The panel is where the outcome (or the list of problems) is shown.
    onOpenChange(true);
  });

  return (
    <div className="share-menu">
      <Popover
        label="Share and export"
        title="Share and export"
        open={open}
        onOpenChange={onOpenChange}
      >
        {loaded && (
          <LazyPart what="sharing and export" fallback={<p className="muted">Loading…</p>}>
            <SharePanel imported={imported} onImported={setImported} />
          </LazyPart>
        )}
      </Popover>
      {/* On the page itself, not in the button's place, which may be inside a closed menu. */}
      {dragging &&
        createPortal(
          <div className="drop-target" data-testid="drop-target">
            <p>
              Drop a scenario file (.json) to load it, or an exercise pack to add its exercises.
              <span className="muted"> Nothing changes if the file is not valid.</span>
            </p>
          </div>,
          document.body,
        )}
    </div>
  );
}
