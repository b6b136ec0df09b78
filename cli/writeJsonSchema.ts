/**
 * `npm run schema`: writes public/scenario.schema.json and docs/scenario.md from the scenario
 * schema. Run it after changing src/sim/scenario.ts; a test fails until you do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenarioFiles } from '../src/docs/scenarioFiles.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

for (const [file, text] of Object.entries(generateScenarioFiles())) {
  const path = resolve(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${file}`);
}
