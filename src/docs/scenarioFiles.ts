/**
 * The two generated files, as text: what `npm run schema` writes and what the drift test
 * expects to find committed.
 */
import { renderScenarioDocs } from './scenarioDocs.ts';
import { buildScenarioJsonSchema } from './scenarioJsonSchema.ts';

export const SCHEMA_FILE = 'public/scenario.schema.json';
export const DOCS_FILE = 'docs/scenario.md';

export function generateScenarioFiles(): Record<typeof SCHEMA_FILE | typeof DOCS_FILE, string> {
  const schema = buildScenarioJsonSchema();
  return {
    [SCHEMA_FILE]: `${JSON.stringify(schema, null, 2)}\n`,
    [DOCS_FILE]: renderScenarioDocs(schema),
  };
}
