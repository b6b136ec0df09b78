/**
 * The cards' words for a pipeline (pipelineCards.ts), loaded the first time a pipeline is on screen:
 * a single stage, the first screen's, never needs them. Until they come (or if they cannot), the
 * cards keep their single-stage words; the notice above the stage already says "end to end".
 */
import { useEffect, useState } from 'react';
import type { endToEndCards } from './pipelineCards.ts';

type EndToEnd = typeof endToEndCards;

/** Loaded once for the page. */
let loaded: EndToEnd | null = null;

/** `endToEndCards` once loaded, while `pipeline` is on screen; null until then. */
export function usePipelineCards(pipeline: boolean): EndToEnd | null {
  const [fn, setFn] = useState<EndToEnd | null>(() => loaded);
  useEffect(() => {
    if (!pipeline || fn !== null) return;
    let live = true;
    import('./pipelineCards.ts')
      .then((m) => {
        loaded = m.endToEndCards;
        if (live) setFn(() => m.endToEndCards);
      })
      // Offline with the chunk missing: the cards keep their plain words, nothing breaks.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pipeline, fn]);
  return pipeline ? fn : null;
}
