/**
 * Imports a scenario file chosen in the picker or dropped on the page. A bad file changes nothing and
 * comes back as problems by field; a good one starts a fresh run that "Undo" can take back.
 */
import { decodeTextFile } from '../../cli-support/decodeTextFile.ts';
import { checkScenarioFileSize, scenarioFromFileText } from '../../share/scenarioFile.ts';
import type { ScenarioProblem } from '../../sim/parseScenario.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { playgroundStore } from '../../store/index.ts';

export type ImportResult =
  | { ok: true; fileName: string; scenarioName: string; loaded: Scenario }
  | { ok: false; fileName: string; problems: readonly ScenarioProblem[] };

const refuse = (fileName: string, message: string): ImportResult => ({
  ok: false,
  fileName,
  problems: [{ path: '', message }],
});

export async function importScenarioFiles(files: readonly File[]): Promise<ImportResult> {
  const [file] = files;
  if (file === undefined) return refuse('', 'no file was given');
  if (files.length > 1)
    return refuse(
      `${files.length} files`,
      'are more than one; choose or drop one scenario file at a time',
    );
  const tooBig = checkScenarioFileSize(file.size);
  if (tooBig) return { ok: false, fileName: file.name, problems: [tooBig] };
  let text: string;
  try {
    // Decoded by its byte-order mark (UTF-8 or UTF-16), as the CLI decodes a scenario file.
    text = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return refuse(file.name, 'could not be read (it may have been moved or deleted)');
  }
  const parsed = scenarioFromFileText(text);
  if (!parsed.ok) return { ok: false, fileName: file.name, problems: parsed.problems };
  if (!playgroundStore.getState().loadScenario(parsed.value)) {
    // Cannot happen for a parsed scenario, but if it did the store says why.
    return { ok: false, fileName: file.name, problems: playgroundStore.getState().problems };
  }
  const loaded = playgroundStore.getState().scenario;
  return { ok: true, fileName: file.name, scenarioName: loaded.name, loaded };
}
