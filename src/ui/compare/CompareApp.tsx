/**
 * The compare page: two to four strategies side by side on one workload and one clock, with their
 * numbers, stages, a table of differences and overlaid charts.
 */
import { MAX_COLUMNS } from '../../compare/comparison.ts';
import { sameDeliveriesNote } from '../../compare/sameDeliveries.ts';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { ColumnCard } from './ColumnCard.tsx';
import { CompareAnnouncer } from './CompareAnnouncer.tsx';
import { compareStore, PHONE, useCompare } from './compareInstance.ts';
import { CompareTransport } from './CompareTransport.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DifferencesTable } from './DifferencesTable.tsx';
import { SettingsDiffTable } from './SettingsDiffTable.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import { SharedSettings } from './SharedSettings.tsx';
import { useCompareShortcuts } from './useCompareShortcuts.ts';
import { useMediaQuery } from '../useMediaQuery.ts';

// Recharts is the largest dependency; the columns and the table work before it arrives.
const CompareCharts = retryableLazy(() => import('./CompareCharts.tsx'));

function ColumnTools() {
  const count = useCompare((s) => s.comparison.columns.length);
  const showStages = useCompare((s) => s.showStages);
  const { addColumn, setShowStages } = compareStore.getState();
  return (
    <div className="column-tools">
      <button
        type="button"
        className="button"
        onClick={addColumn}
        disabled={count >= MAX_COLUMNS}
        aria-describedby="column-count"
      >
        Add a column
      </button>
      <span id="column-count" className="muted">
        {count} of at most {MAX_COLUMNS} columns
      </span>
      <ChangeNote />
      <label className="check">
        <input
          type="checkbox"
          checked={showStages}
          onChange={(e) => setShowStages(e.target.checked)}
        />
        Show each column’s stage
      </label>
    </div>
  );
}

/** What the last change did, in a sentence: seen by everyone, read out by screen readers. */
function ChangeNote() {
  const note = useCompare((s) => s.note);
  return (
    <p className="muted change-note" role="status" data-testid="change-note">
      {note}
    </p>
  );
}

/**
 * Why every column delivers the same, while that is so (sameDeliveries.ts). Its row is kept when the
 * line goes: the default columns say it from about 1 s to 8 s, and the stages jumped twice.
 */
function SameDeliveries() {
  const note = useCompare((s) => sameDeliveriesNote(s.live.summaries));
  return (
    <p
      className="same-deliveries"
      data-testid="same-deliveries"
      data-empty={note === null || undefined}
      aria-hidden={note === null || undefined}
    >
      {note ?? '\u00a0'}
    </p>
  );
}

function Columns({ verdict }: { verdict: boolean }) {
  const count = useCompare((s) => s.comparison.columns.length);
  return (
    <section className="compare-columns-area" aria-labelledby="columns-title">
      <h2 id="columns-title" className="visually-hidden">
        Columns
      </h2>
      <ColumnTools />
      {verdict && <SameDeliveries />}
      <div className="compare-columns" data-count={count}>
        {Array.from({ length: count }, (_, i) => (
          <ColumnCard key={i} index={i} />
        ))}
      </div>
    </section>
  );
}

export function CompareApp() {
  useCompareShortcuts();
  const phone = useMediaQuery(PHONE);
  return (
    <div className="page compare-page">
      <header className="page-header">
        <div>
          <h1>Compare strategies</h1>
          <p className="tagline">
            The same overload, met in two to four different ways, side by side on one clock.
          </p>
        </div>
        <div className="header-tools">
          <a className="button" href="./index.html">
            Back to the playground
          </a>
          <CopyLinkButton />
        </div>
      </header>
      <LinkNotice />
      <main className="compare-layout">
        {!phone && <SharedSettings />}
        <section className="compare-run" aria-label="Clock">
          <CompareTransport />
        </section>
        {/* A phone stacks the columns: the verdict and the table of differences, the comparison
            itself, come first there, before three screens of columns. In the page's order too (not
            only drawn lower), so reading and Tab follow the screen. */}
        {phone && <SameDeliveries />}
        {phone && <DifferencesTable />}
        <Columns verdict={!phone} />
        {phone && <SharedSettings />}
        <SettingsDiffTable />
        {!phone && <DifferencesTable />}
        <section className="panel compare-charts" aria-labelledby="compare-charts-title">
          <h2 id="compare-charts-title">Charts</h2>
          <LazyPart what="the charts" fallback={<p className="muted">Loading the charts…</p>}>
            <CompareCharts />
          </LazyPart>
        </section>
      </main>
      <CompareAnnouncer />
    </div>
  );
}
