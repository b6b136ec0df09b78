/** What the chosen strategy does, when it fits, what it costs and who uses it; and the preset's story. */
import { PRESET_SUMMARIES } from '../sim/presetSummaries.ts';
import { presetScenario } from '../sim/presets.ts';
import { usePlayground } from '../store/index.ts';
import { strategyById, strategyOf } from '../domain/strategies.ts';
import { EXPLANATIONS } from '../domain/strategyExplanations.ts';
import { strategyName, strategyNameNote } from '../domain/strategyName.ts';
import { TermText } from './glossary/TermText.tsx';
import { basePreset } from './scenarioTitle.ts';

export default function ExplanationPanel() {
  const strategy = usePlayground((s) => strategyById(strategyOf(s.scenario)));
  const explain = EXPLANATIONS[strategy.id];
  const presetId = usePlayground((s) => s.presetId);
  const scenario = usePlayground((s) => s.scenario);
  // The preset on screen, or the one a changed preset's link came from (as the line above the stage says).
  const preset = basePreset(scenario, presetId);
  // The preset's story is told only while its strategy is the one running.
  const story =
    preset && strategyOf(presetScenario(preset.id)) === strategy.id ? preset : undefined;
  // A real system's preset leads with its own story; the strategy it follows comes after it.
  const leads = story !== undefined && story.category !== 'strategy';
  // Each term is linked to the glossary where the panel first uses it.
  const seen = new Set<string>();
  // "Reject the newcomer" where retries are off, as everywhere else on the page.
  const name = strategyName(strategy, scenario);
  const note = strategyNameNote(strategy, scenario);
  return (
    <section className="panel explain" aria-labelledby="explain-title" data-testid="explanation">
      <h2 id="explain-title">{leads ? story.title : name}</h2>
      {leads && (
        <>
          <p className="preset-story">{PRESET_SUMMARIES[story.id]}</p>
          <p className="explain-nearest">
            The strategy it follows: <strong>{name}</strong>
          </p>
        </>
      )}
      {note !== null && <p className="explain-nearest">{note}</p>}
      <dl>
        <dt>What it does</dt>
        <dd>
          <TermText text={explain.what} seen={seen} />
        </dd>
        <dt>When it fits</dt>
        <dd>
          <TermText text={explain.fits} seen={seen} />
        </dd>
        <dt>What it costs</dt>
        <dd>
          <TermText text={explain.costs} seen={seen} />
        </dd>
        <dt>Who uses it</dt>
        <dd>
          <TermText text={explain.usedBy} seen={seen} />
        </dd>
      </dl>
      {story && !leads && (
        <p className="preset-story">
          <strong>Preset “{story.title}”:</strong> {PRESET_SUMMARIES[story.id] ?? story.summary}
          {story.watch !== undefined && <> {story.watch}</>}
        </p>
      )}
    </section>
  );
}
