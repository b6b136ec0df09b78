/**
 * `npm run schema`: writes public/scenario.schema.json and docs/scenario.md from the scenario
 * schema, public/exercises.schema.json from the exercise pack schema, and the strategies' complete
 * scenarios (src/sim/strategyScenarios.json). Run it after changing src/sim/scenario.ts, a strategy
 * preset or src/exercises/packSchema.ts; a test fails until you do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenarioFiles } from '../src/docs/scenarioFiles.ts';
import { PACK_SCHEMA_FILE, packSchemaFileText } from '../src/exercises/packJsonSchema.ts';
import {
  STRATEGY_SCENARIOS_FILE,
  strategyScenariosFileText,
} from '../src/sim/strategyScenarioFile.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const files = {
  ...generateScenarioFiles(),
  [PACK_SCHEMA_FILE]: packSchemaFileText(),
  [STRATEGY_SCENARIOS_FILE]: strategyScenariosFileText(),
};

for (const [file, text] of Object.entries(files)) {
  const path = resolve(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${file}`);
}
