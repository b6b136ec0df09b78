/** The scenario being simulated, its validation, presets and undo. */
import type { StateCreator } from 'zustand/vanilla';
import type { ScenarioProblem } from '../sim/parseScenario.ts';
import type { Scenario } from '../sim/scenario.ts';
import { setAt } from '../domain/path.ts';
import type { ScenarioCatalogue } from './scenarioCatalogue.ts';
import type { ApplyOptions, HistoryEntry, PlaygroundState, ScenarioSlice } from './types.ts';

/** Enough to walk back through a session's presets, strategies and knob moves, without growing forever. */
export const HISTORY_LIMIT = 30;

export function createScenarioSlice(
  initial: Scenario,
  presetId: string | null,
  problems: readonly ScenarioProblem[] = [],
  problemsFrom: ScenarioSlice['problemsFrom'],
  catalogue: ScenarioCatalogue,
): StateCreator<PlaygroundState, [], [], ScenarioSlice> {
  // The preset asked for while it loads. Any change made meanwhile (another preset, a knob, undo)
  // takes its place, so a preset that arrives late never undoes what the reader did since.
  let waitingFor: string | null = null;

  return (set, get) => {
    /** Puts a checked scenario in place: the one way in for a change, a preset and undo. */
    function apply(next: Scenario, options: ApplyOptions): boolean {
      waitingFor = null;
      // In an exercise, a change to a fixed field is refused and named, whatever made it.
      const locked = get().exercise?.locks.lockedChanges(next) ?? [];
      if (locked.length > 0) {
        set({ problems: locked, problemsFrom: 'change' });
        return false;
      }
      const { scenario, presetId, history } = get();
      const knob = options.knob;
      const entry: HistoryEntry | null = options.record
        ? { scenario, presetId }
        : knob !== undefined && history.at(-1)?.knob !== knob
          ? { scenario, presetId, knob }
          : null;
      set({
        scenario: next,
        problems: [],
        history: entry ? [...history, entry].slice(-HISTORY_LIMIT) : history,
      });
      // In an exercise every change starts the run again from zero, as the check runs it, so the
      // live numbers and the check's never disagree over what happened before the change.
      get().applyToEngine(next, (options.fresh ?? false) || get().exercise !== null);
      return true;
    }

    function openPreset(id: string, next: Scenario): void {
      if (apply(next, { record: true, fresh: true })) set({ presetId: id });
    }

    return {
      scenario: initial,
      presetId,
      problems,
      problemsFrom,
      history: [],

      loadPreset(id) {
        const ready = catalogue.presetNow(id);
        if (ready !== undefined) return openPreset(id, ready);
        // A real system or a failure the page has not brought yet: it opens when it arrives.
        waitingFor = id;
        catalogue.presetLater(id).then(
          (next) => {
            if (waitingFor === id) openPreset(id, next);
          },
          (error: unknown) => {
            if (waitingFor !== id) return;
            waitingFor = null;
            const why = error instanceof Error ? error.message : String(error);
            set({
              problems: [{ path: '', message: `could not be opened (${why})` }],
              problemsFrom: 'change',
            });
          },
        );
      },

      loadScenario(next) {
        if (!get().setScenario(next, { record: true, fresh: true })) return false;
        // A file is not a preset: "back to the preset" and the link's short form no longer apply.
        set({ presetId: null });
        return true;
      },

      setScenario(next: unknown, options: ApplyOptions = {}) {
        const result = catalogue.check(next);
        if (!result.ok) {
          set({ problems: result.problems, problemsFrom: 'change' });
          return false;
        }
        return apply(result.value, options);
      },

      patchScenario(path, value, options) {
        return get().setScenario(setAt(get().scenario, path, value), options);
      },

      undo() {
        const { history } = get();
        const previous = history.at(-1);
        if (previous === undefined) return;
        set({ history: history.slice(0, -1) });
        // The preset comes back too, so its button is marked again and the link takes its short form.
        // A knob's move is taken back in the running simulation, as it was made.
        // Every entry was checked on its way in.
        if (apply(previous.scenario, { fresh: previous.knob === undefined }))
          set({ presetId: previous.presetId });
      },

      resetToPreset() {
        const id = get().presetId;
        if (id !== null) get().loadPreset(id);
      },

      dismissProblems() {
        set({ problems: [] });
      },

      noteViewProblems(problems) {
        if (problems.length === 0 || get().problems.length > 0) return;
        set({ problems, problemsFrom: 'view' });
      },
    };
  };
}
