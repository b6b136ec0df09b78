/**
 * The playground page. Cause and effect share the first screen: under a compact header and the line
 * that names the scenario, the stage with its transport and live cards, and beside it (under it on
 * narrow screens) the strategy switcher and the queue-depth chart. The rest follows below: the
 * other charts, the explanation, the theory, the settings and the presets.
 */
import { usePlayground } from '../store/index.ts';
import { pageCatalogue } from '../store/scenarioCatalogue.ts';
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';
import { LiveStrip } from './LiveStrip.tsx';
import { StageSlot } from './StageSlot.tsx';
import { Transport } from './Transport.tsx';
import { useDisplaySettings } from './useDisplaySettings.ts';
import { PHONE, useMediaQuery } from './useMediaQuery.ts';

/**
 * A part that changes the scenario arrives together with the scenario's checker, which follows the
 * first paint (scenarioCatalogue.ts), so none of its controls can be used before a change is checked.
 */
function withChecker<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), pageCatalogue.ready()]).then(([part]) => part);
}

// Recharts is the largest dependency; the page is usable before it arrives (its place is kept, so
// nothing moves when it does). The settings, the explanation and the theory follow the first paint
// too, to keep the initial JavaScript small.
const Charts = retryableLazy(() => import('./charts/Charts.tsx'));
// So do the header's buttons and the status announcer (its first words come seconds after the start).
// The scenario's name and the strategy switcher come a moment after the first paint, with the stage,
// into room kept for them (global.css): the strategy catalog they need stays out of the first chunk.
const ScenarioLine = retryableLazy(() => import('./ScenarioLine.tsx'), 'ScenarioLine');
const loadSwitcher = withChecker(() => import('./StrategySwitcher.tsx'));
const StrategySwitcher = retryableLazy(loadSwitcher, 'StrategySwitcher');
const HeaderTools = retryableLazy(withChecker(() => import('./HeaderTools.tsx')));
const Announcer = retryableLazy(() => import('./Announcer.tsx'), 'Announcer');
// The three main knobs under the stage come with the switcher, into room kept for them.
const MainKnobs = retryableLazy(withChecker(() => import('./MainKnobs.tsx')));
const SettingsColumn = retryableLazy(withChecker(() => import('./SettingsColumn.tsx')));
const LinkProblemsNotice = retryableLazy(() => import('./ProblemsNotice.tsx'));
const ExplanationPanel = retryableLazy(withChecker(() => import('./ExplanationPanel.tsx')));
const TheoryPanel = retryableLazy(() => import('./theory/TheoryPanel.tsx'));
// Exercise mode (an exercise link, or one opened from the list) brings its panel and the exercises.
const ExerciseArea = retryableLazy(withChecker(() => import('./exercises/ExerciseArea.tsx')));
// On a narrow screen the exercise's goals and Check sit under the stage too (the panel is far below).
const GoalBar = retryableLazy(withChecker(() => import('./exercises/GoalBar.tsx')));

/** The queue-depth chart has a place of its own beside the stage; the others are further down. */
const DEPTH = ['depth'] as const;
const DEPTH_HEIGHT = 150;

export function App() {
  useDisplaySettings();
  const exerciseMode = usePlayground((s) => s.exerciseRoute !== null);
  const phone = useMediaQuery(PHONE);
  const mainKnobs = !exerciseMode && (
    <div className="main-knobs-area" data-tour="main-knobs">
      <LazyPart what="the main settings">
        <MainKnobs />
      </LazyPart>
    </div>
  );
  const switcher = (
    <div className="switcher-area panel" data-tour="strategy-switcher">
      <LazyPart what="the strategy switcher">
        <StrategySwitcher />
      </LazyPart>
    </div>
  );
  return (
    <div className="page">
      <header className="page-header playground-header">
        <h1>Backpressure Playground</h1>
        <div className="header-tools">
          <LazyPart what="the header's buttons">
            <HeaderTools />
          </LazyPart>
        </div>
      </header>
      <LazyPart what="the link's notice">
        <LinkProblemsNotice />
      </LazyPart>
      <div className="scenario-slot">
        <LazyPart what="the scenario's name">
          <ScenarioLine />
        </LazyPart>
      </div>
      <main className={exerciseMode ? 'layout exercise-layout' : 'layout'}>
        {/* Two columns on wide screens; on narrow ones the columns dissolve and the parts stack in
            the order that keeps cause and effect on the first screen. */}
        <div className="column-main">
          <section className="stage-area" aria-label="The system" data-tour="stage">
            <StageSlot />
          </section>
          {exerciseMode && (
            <div className="goal-bar-area">
              <LazyPart what="the exercise's goals">
                <GoalBar />
              </LazyPart>
            </div>
          )}
          {/* The Tab key follows the page as it is drawn. A wide screen shows the transport, then
              the knobs (an exercise has its own, beside its story), with the strategies in the
              column beside; a phone shows the knobs right under the stage, so a reader moves them
              with the well in view, then the strategies, then the transport. */}
          {phone && mainKnobs}
          {phone && switcher}
          <div className="transport-area" data-tour="transport">
            <Transport />
          </div>
          {!phone && mainKnobs}
          <div className="live-area" data-tour="cards">
            <LiveStrip />
          </div>
        </div>
        <div className="column-side">
          {exerciseMode && (
            <LazyPart what="the exercise">
              <ExerciseArea />
            </LazyPart>
          )}
          {!phone && switcher}
          <section className="depth-area panel" aria-label="Queue depth" data-tour="depth-chart">
            {/* Named while its code loads (a second or two on a slow link): an empty framed box
                beside the strategies looked broken to a new reader. */}
            <LazyPart
              what="the queue-depth chart"
              fallback={
                <p className="muted depth-loading">
                  <strong>Queue depth</strong> (messages waiting): the chart is on its way…
                </p>
              }
            >
              <Charts only={DEPTH} height={DEPTH_HEIGHT} />
            </LazyPart>
          </section>
        </div>
        {/* The strategy's explanation comes first below the fold: it reads on from the switcher,
            and the other charts (costly to redraw) stay out of view until the reader scrolls. */}
        <div className="column-more">
          <div className="explain-area">
            <LazyPart
              what="the explanation"
              fallback={<p className="muted explain-loading">Loading the explanation…</p>}
            >
              <ExplanationPanel />
            </LazyPart>
          </div>
          <section className="charts-area panel" aria-labelledby="charts-title">
            <h2 id="charts-title">More charts</h2>
            <LazyPart what="the charts" fallback={<p className="muted">Loading the charts…</p>}>
              <Charts omit={DEPTH} />
            </LazyPart>
          </section>
          <div className="theory-area">
            <LazyPart what="the theory" fallback={<p className="muted">Loading the theory…</p>}>
              <TheoryPanel />
            </LazyPart>
          </div>
        </div>
        <div className="column-settings settings-area">
          <LazyPart what="the settings" fallback={<p className="muted">Loading the settings…</p>}>
            <SettingsColumn />
          </LazyPart>
        </div>
      </main>
      <LazyPart what="the status announcer">
        <Announcer />
      </LazyPart>
    </div>
  );
}
