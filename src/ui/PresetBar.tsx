/** Presets in one click, grouped as the core groups them, with the ways back. */
import { PRESETS, findPreset, type Preset } from '../sim/presets.ts';
import { playgroundStore, usePlayground } from '../store/index.ts';

const GROUPS: readonly { category: Preset['category']; title: string }[] = [
  { category: 'strategy', title: 'One per strategy' },
  { category: 'system', title: 'Real systems' },
];

export function PresetBar() {
  const presetId = usePlayground((s) => s.presetId);
  const canUndo = usePlayground((s) => s.history.length > 0);
  const { loadPreset, undo, resetToPreset } = playgroundStore.getState();
  const preset = presetId === null ? undefined : findPreset(presetId);
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets</h2>
      {GROUPS.map((g) => (
        <div key={g.category} role="group" aria-label={g.title} className="preset-group">
          <p className="preset-group-label">{g.title}</p>
          <div className="chips">
            {PRESETS.filter((p) => p.category === g.category).map((p) => (
              <button
                key={p.id}
                type="button"
                className="chip"
                aria-pressed={p.id === presetId}
                data-preset={p.id}
                onClick={() => loadPreset(p.id)}
              >
                {p.title}
              </button>
            ))}
          </div>
        </div>
      ))}
      <div className="preset-actions">
        <button type="button" className="button" onClick={undo} disabled={!canUndo}>
          Undo last change
        </button>
        <button
          type="button"
          className="button"
          onClick={resetToPreset}
          disabled={preset === undefined}
        >
          {preset ? `Back to “${preset.title}”` : 'Back to the preset'}
        </button>
      </div>
    </section>
  );
}
