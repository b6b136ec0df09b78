/** What the chosen strategy does, when it fits, what it costs and who uses it; and the preset's story. */
import { findPreset, presetScenario } from '../sim/presets.ts';
import { usePlayground } from '../store/index.ts';
import { strategyById, strategyOf } from './strategies.ts';

export default function ExplanationPanel() {
  const strategy = usePlayground((s) => strategyById(strategyOf(s.scenario)));
  const presetId = usePlayground((s) => s.presetId);
  const preset = presetId === null ? undefined : findPreset(presetId);
  // The preset's story is told only while its strategy is the one running.
  const story =
    preset && strategyOf(presetScenario(preset.id)) === strategy.id ? preset : undefined;
  return (
    <section className="panel explain" aria-labelledby="explain-title" data-testid="explanation">
      <h2 id="explain-title">{strategy.label}</h2>
      <dl>
        <dt>What it does</dt>
        <dd>{strategy.explain.what}</dd>
        <dt>When it fits</dt>
        <dd>{strategy.explain.fits}</dd>
        <dt>What it costs</dt>
        <dd>{strategy.explain.costs}</dd>
        <dt>Who uses it</dt>
        <dd>{strategy.explain.usedBy}</dd>
      </dl>
      {story && (
        <p className="preset-story">
          <strong>Preset “{story.title}”:</strong> {story.summary}
        </p>
      )}
    </section>
  );
}
