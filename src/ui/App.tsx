/** The playground page: stage, simulation controls, live numbers, charts, settings and explanation. */
import { lazy, Suspense } from 'react';
import { usePlayground } from '../store/index.ts';
import { LiveStrip } from './LiveStrip.tsx';
import { StageSlot } from './StageSlot.tsx';
import { StrategyPicker } from './StrategyPicker.tsx';
import { Transport } from './Transport.tsx';
import { useDisplaySettings } from './useDisplaySettings.ts';

// Recharts is the largest dependency; the page is usable before it arrives. The settings, the
// explanation and the theory follow the first paint too, to keep the initial JavaScript small.
const Charts = lazy(() => import('./charts/Charts.tsx'));
// So do the header's buttons, the invitation to pick a strategy (it waits for the well to fill
// anyway) and the status announcer (its first words come seconds after the start).
const HeaderTools = lazy(() => import('./HeaderTools.tsx'));
const InviteCallout = lazy(() =>
  import('./InviteCallout.tsx').then((m) => ({ default: m.InviteCallout })),
);
const Announcer = lazy(() => import('./Announcer.tsx').then((m) => ({ default: m.Announcer })));
const SettingsColumn = lazy(() => import('./SettingsColumn.tsx'));
const LinkProblemsNotice = lazy(() => import('./ProblemsNotice.tsx'));
const ExplanationPanel = lazy(() => import('./ExplanationPanel.tsx'));
const TheoryPanel = lazy(() => import('./theory/TheoryPanel.tsx'));
// Exercise mode (an exercise link, or one opened from the list) brings its panel and the exercises.
const ExerciseArea = lazy(() => import('./exercises/ExerciseArea.tsx'));

export function App() {
  useDisplaySettings();
  const exerciseMode = usePlayground((s) => s.exerciseRoute !== null);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Backpressure Playground</h1>
          <p className="tagline">
            A producer makes work faster than its consumers can take it. Something has to give:
            memory, messages, time, or the producer itself.
          </p>
        </div>
        <div className="header-tools">
          <Suspense fallback={null}>
            <HeaderTools />
          </Suspense>
        </div>
      </header>
      <main className="layout">
        {/* Two columns on wide screens; on narrow ones the columns dissolve and the parts stack in reading order. */}
        <div className="column-main">
          <Suspense fallback={null}>
            <LinkProblemsNotice />
          </Suspense>
          <section className="stage-area" aria-label="The system">
            <StageSlot />
            <Transport />
            <Suspense fallback={null}>
              <InviteCallout />
            </Suspense>
          </section>
          <div className="live-area">
            <LiveStrip />
          </div>
          <section className="charts-area panel" aria-labelledby="charts-title">
            <h2 id="charts-title">Charts</h2>
            <Suspense fallback={<p className="muted">Loading the charts…</p>}>
              <Charts />
            </Suspense>
          </section>
          <div className="explain-area">
            <Suspense fallback={<p className="muted">Loading the explanation…</p>}>
              <ExplanationPanel />
            </Suspense>
          </div>
          <div className="theory-area">
            <Suspense fallback={<p className="muted">Loading the theory…</p>}>
              <TheoryPanel />
            </Suspense>
          </div>
        </div>
        <div className="column-side">
          {exerciseMode && (
            <Suspense fallback={null}>
              <ExerciseArea />
            </Suspense>
          )}
          <div className="strategy-area panel">
            <StrategyPicker />
          </div>
          <div className="settings-area">
            <Suspense fallback={<p className="muted">Loading the settings…</p>}>
              <SettingsColumn />
            </Suspense>
          </div>
        </div>
      </main>
      <Suspense fallback={null}>
        <Announcer />
      </Suspense>
    </div>
  );
}
