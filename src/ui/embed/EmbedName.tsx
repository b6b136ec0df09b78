/**
 * The name of what the figure shows, above its stage: the preset's title (", changed" once the page
 * or the reader changed something) or the strategy's, as the playground's scenario line says it.
 */
import { useMemo } from 'react';
import { usePlayground } from '../../store/index.ts';
import { scenarioTitle } from '../scenarioTitle.ts';

export function EmbedName() {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const named = useMemo(() => scenarioTitle(scenario, presetId), [scenario, presetId]);
  return (
    <>
      {named.title}
      {named.changed && <span className="embed-name-changed">, changed</span>}
    </>
  );
}
