/**
 * The "Share and export" panel: the link to what is on screen, downloads of the run and the scenario,
 * and importing a scenario file. Every action confirms itself in a live region.
 */
import { useId, useRef } from 'react';
import { scenarioJsonFile, seriesCsvFile, summaryJsonFile } from '../../share/exportFiles.ts';
import type { ExportContext } from '../../share/fileNames.ts';
import { linkPresetId } from '../../share/presetAsIs.ts';
import { shareUrl } from '../../share/shareUrl.ts';
import { DOWNLOAD_WORDS, FOR_DEVELOPERS } from '../../share/downloadWords.ts';
import { playgroundStore, usePlayground } from '../../store/index.ts';
import { copyText } from './copyText.ts';
import { downloadFile } from './download.ts';
import { importScenarioFiles, type ImportResult } from './importScenario.ts';
import { ProblemList } from './ProblemList.tsx';
import { useStatus } from './useStatus.ts';

interface SharePanelProps {
  imported: ImportResult | null;
  onImported(result: ImportResult | null): void;
}

/** The run as it is at this moment: exports read it when clicked, not when the panel rendered. */
function context(): ExportContext {
  const { scenario, presetId, engine } = playgroundStore.getState();
  return { scenario, presetId, timeMs: engine.now };
}

function LinkSection() {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const speed = usePlayground((s) => s.speed);
  const advanced = usePlayground((s) => s.advanced);
  const chartFocus = usePlayground((s) => s.chartFocus);
  const field = useRef<HTMLInputElement>(null);
  const [status, say] = useStatus();
  const id = useId();
  // As in the address bar: a changed preset's link carries the whole difference.
  const url = shareUrl(location.href, scenario, linkPresetId(scenario, presetId), {
    speed,
    advanced,
    chartFocus,
  });

  const copy = async () => {
    if (await copyText(url)) {
      say('Link copied. Whoever opens it sees this scenario, with the same seed, speed and view.');
      return;
    }
    // The fallback: the link selected in the field, for the reader to copy with the keyboard.
    field.current?.focus();
    field.current?.select();
    say('This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac).');
  };

  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Link</h3>
      <label htmlFor={`${id}-url`} className="share-label">
        Link to this scenario and seed
      </label>
      <div className="share-row">
        <input
          ref={field}
          id={`${id}-url`}
          className="share-url"
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-url"
        />
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="share-status" role="status" data-testid="link-status">
        {status}
      </p>
    </section>
  );
}

const DOWNLOADS = [
  {
    ...DOWNLOAD_WORDS.series,
    file: () => seriesCsvFile(playgroundStore.getState().engine.series, context()),
  },
  {
    ...DOWNLOAD_WORDS.summary,
    file: () => summaryJsonFile(playgroundStore.getState().engine.summary(), context()),
  },
  {
    ...DOWNLOAD_WORDS.scenario,
    file: () => scenarioJsonFile(context()),
  },
] as const;

function DownloadSection() {
  const [status, say] = useStatus();
  const id = useId();
  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Download</h3>
      <ul className="share-downloads">
        {DOWNLOADS.map((d, i) => (
          <li key={d.label}>
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-${i}`}
              onClick={() => {
                const file = d.file();
                downloadFile(file);
                say(`Downloaded ${file.name}.`);
              }}
            >
              {d.label}
            </button>
            <span className="help" id={`${id}-${i}`}>
              {d.what}
            </span>
          </li>
        ))}
      </ul>
      <p className="help share-developers" data-testid="share-developers">
        {FOR_DEVELOPERS.lead} {FOR_DEVELOPERS.before} <code>{FOR_DEVELOPERS.command}</code>{' '}
        {FOR_DEVELOPERS.after}
      </p>
      <p className="share-status" role="status" data-testid="download-status">
        {status}
      </p>
    </section>
  );
}

function ImportSection({ imported, onImported }: SharePanelProps) {
  const input = useRef<HTMLInputElement>(null);
  // "Undo import" only while the imported scenario is still the one running; after another change
  // it would undo that change instead, which the general Undo button already offers.
  const current = usePlayground((s) => s.scenario);
  const id = useId();
  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Import</h3>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={async (e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again (after fixing it) is noticed.
          e.currentTarget.value = '';
          if (files.length > 0) onImported(await importScenarioFiles(files));
        }}
      />
      <button
        type="button"
        className="button"
        aria-describedby={`${id}-help`}
        onClick={() => input.current?.click()}
      >
        Import a scenario file…
      </button>
      <p className="help" id={`${id}-help`}>
        A .json file exported here or written by hand. You can also drop it anywhere on the page.
      </p>
      {imported?.ok === true && (
        <div className="share-result" role="status" data-testid="import-result">
          <p>
            Loaded “{imported.scenarioName}” from {imported.fileName} as a new run.
          </p>
          {imported.loaded === current && (
            <button
              type="button"
              className="button"
              onClick={() => {
                playgroundStore.getState().undo();
                onImported(null);
              }}
            >
              Undo import
            </button>
          )}
        </div>
      )}
      {imported?.ok === false && (
        <div className="share-result share-error" role="alert" data-testid="import-result">
          <p>
            {imported.fileName || 'The file'} was not loaded, and nothing changed. What is wrong:
          </p>
          <ProblemList problems={imported.problems} whole="The file" />
        </div>
      )}
    </section>
  );
}

export default function SharePanel(props: SharePanelProps) {
  return (
    <div className="share-panel">
      <LinkSection />
      <DownloadSection />
      <ImportSection {...props} />
    </div>
  );
}
