/**
 * The line above the stage that names what is on screen: the preset's (or strategy's) title, marked
 * "changed" once anything differs from the preset, and one line that says what it is. In the
 * default scenario the line turns into the invitation to pick a strategy once the well piles up,
 * in the same place and the same space, so nothing on the page moves when it does.
 */
import { usePlayground } from '../store/index.ts';
import { useScenarioLine } from './useScenarioLine.ts';
import { pageCatalogue } from '../store/scenarioCatalogue.ts';
import { LazyPart } from './loading/LoadBoundary.tsx';
import { retryableLazy } from './loading/retryableLazy.ts';

// The ways back change the scenario: they come with the scenario's checker, as every such part does.
const ScenarioWaysBack = retryableLazy(() =>
  Promise.all([import('./ScenarioWaysBack.tsx'), pageCatalogue.ready()]).then(([part]) => part),
);

export function ScenarioLine() {
  const scenario = usePlayground((s) => s.scenario);
  const { title: named, invite } = useScenarioLine();
  // Not in an exercise: there the story says what to do, and the strategies may be fixed.
  const inExercise = usePlayground((s) => s.exerciseRoute !== null);
  const later = scenario.downstream?.length ?? 0;
  return (
    <section className="scenario-line" aria-labelledby="scenario-title" data-testid="scenario-line">
      <div className="scenario-head">
        <h2 id="scenario-title" className="scenario-title">
          <span data-testid="scenario-name">{named.title}</span>
          {named.changed && <span className="scenario-changed">, changed</span>}
        </h2>
        {!inExercise && (
          // An exercise has its own way back to its start, beside its story.
          <LazyPart what="the ways back">
            <ScenarioWaysBack />
          </LazyPart>
        )}
      </div>
      {invite ? (
        <p className="scenario-description invite" data-testid="invite">
          Faster in than out, so the queue only grows. <a href="#strategy">Pick a strategy</a> to
          see what gives.
        </p>
      ) : (
        <p className="scenario-description" data-testid="scenario-description">
          {inExercise && (
            // On a phone the exercise comes after the stage and the numbers, out of sight: say so.
            <span className="exercise-pointer">
              An exercise: <a href="#exercise-title">read it and try it below</a>.{' '}
            </span>
          )}
          <span className="scenario-summary">{named.description}</span>
        </p>
      )}
      {later > 0 && (
        // The cards count end to end; the stage draws each stage's queue.
        <p className="scenario-description" role="note" data-testid="pipeline-notice">
          A pipeline of {later + 1} stages, a queue each; the numbers are end to end.
        </p>
      )}
    </section>
  );
}
