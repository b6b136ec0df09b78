/**
 * The complete scenarios of the strategies' presets (defaults filled in), which `npm run schema`
 * writes to strategyScenarios.json. The page opens on one of them, and its strategy switcher offers
 * the rest, before the scenario checker (valibot, the schema and the other presets: about 6 KB
 * gzipped) has arrived: reading them from the file keeps the checker out of the first download
 * (src/store/scenarioCatalogue.ts). A test fails until the file is written again after a change to
 * a strategy preset or to a default in the schema.
 */
import { PRESETS, presetScenario } from './presets.ts';

export const STRATEGY_SCENARIOS_FILE = 'src/sim/strategyScenarios.json';

export function strategyScenariosFileText(): string {
  const complete = PRESETS.filter((p) => p.category === 'strategy').map((p) => [
    p.id,
    presetScenario(p.id),
  ]);
  return `${JSON.stringify(Object.fromEntries(complete), null, 2)}\n`;
}
