/**
 * "Embed" in the page header: the snippets that put the current scenario in another page. Only the
 * button loads with the page; the panel loads the first time it opens.
 */
import { useCallback, useState } from 'react';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { Popover } from '../Popover.tsx';

const EmbedPanel = retryableLazy(() => import('./EmbedPanel.tsx'));

export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const onOpenChange = useCallback((next: boolean) => {
    setOpen(next);
    if (next) setLoaded(true);
  }, []);
  return (
    <Popover label="Embed" title="Embed this scenario" open={open} onOpenChange={onOpenChange}>
      {loaded && (
        <LazyPart what="the embedding code" fallback={<p className="muted">Loading…</p>}>
          <EmbedPanel />
        </LazyPart>
      )}
    </Popover>
  );
}
