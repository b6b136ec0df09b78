/**
 * Presets in one click, grouped as the core groups them, with the ways back. The chip marked is the
 * preset the line above the stage names (scenarioTitle.ts, namedPreset): pressed while it is on
 * screen as it is, "changed" after any change, as the line says; the ways back sit beside that line
 * (ScenarioWaysBack.tsx). A strategy picked on a strategy's preset is named after the strategy, here
 * as in the line.
 */
import { joinPipelinePresets } from '../sim/pipelinePresets.ts';
import { LATER_PRESETS, PRESETS, type Preset } from '../sim/presets.ts';
import { playgroundStore } from '../store/index.ts';
import { useOnScreen } from './useOnScreen.ts';

const GROUPS: readonly { category: Preset['category']; title: string }[] = [
  { category: 'strategy', title: 'One per strategy' },
  { category: 'system', title: 'Real systems' },
  { category: 'failure', title: 'Failures that do not heal' },
  { category: 'pipeline', title: 'Chains of stages' },
];

/**
 * The presets sit far below the stage: after a click, bring the stage (and the line naming the preset
 * above it) into view, or the reader sees nothing happen. Smoothly, unless they asked for less motion.
 */
function showStage(): void {
  const line = document.querySelector('.scenario-slot') ?? document.querySelector('.stage-area');
  if (line === null || line.getBoundingClientRect().top >= 0) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  line.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
}

// The pipelines are not in the page's first download; the preset bar is, later, and brings them.
joinPipelinePresets();

export function PresetBar() {
  const { loadPreset } = playgroundStore.getState();
  // The preset the line above the stage names: the one loaded (or, after a reload of a changed
  // preset's link, the one the scenario came from), or the strategy's own once another is picked;
  // the open tour's own step (its story with more memory, say) not the reader's change.
  const { named } = useOnScreen();
  const base = named?.preset;
  const asIs = named !== undefined && !named.changed;
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets</h2>
      {GROUPS.map((g) => (
        <div key={g.category} role="group" aria-label={g.title} className="preset-group">
          <p className="preset-group-label">{g.title}</p>
          <div className="chips">
            {[...PRESETS, ...LATER_PRESETS]
              .filter((p) => p.category === g.category)
              .map((p) => (
                <button
                  key={p.id}
                  type="button"
                  className="chip"
                  aria-pressed={p.id === base?.id && asIs}
                  data-preset={p.id}
                  onClick={() => {
                    loadPreset(p.id);
                    showStage();
                  }}
                >
                  {p.title}
                  {p.id === base?.id && !asIs && <span className="chip-note">, changed</span>}
                </button>
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
