/**
 * The figure's side of "the article drives its figures": it carries out the control messages that
 * listenForControls.ts accepted, shows what it could not use in the figure's own notice, and tells
 * the parent its state (so the page can mark the pressed button) in reply and whenever it changes.
 * The same state goes on the figure's root as data-strategy, data-preset and data-seed.
 * Loaded after the first frame, or at once when a message arrives first.
 */
import { strategyOf } from '../domain/strategies.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { PlaygroundStore } from '../store/createPlaygroundStore.ts';
import type { ControlNotice } from './controlNotice.ts';
import { planControl, type Showing, type Step } from './controlPlan.ts';
import {
  STATE_MESSAGE_TYPE,
  type ControlMessage,
  type FigureState,
  type StateMessage,
} from './embedContract.ts';

export interface FigureControlOptions {
  store: PlaygroundStore;
  /** The figure's root element, which carries the state as data attributes. */
  root: HTMLElement;
  notice: ControlNotice;
  /** What the figure opened on, for `reset`. */
  opened: Showing;
  /** The figure's `id` option, echoed in every state message. */
  id: string | null;
  post(message: StateMessage): void;
}

export interface FigureControl {
  handle(message: ControlMessage): void;
  dispose(): void;
}

function sameState(a: FigureState, b: FigureState): boolean {
  return (
    a.strategy === b.strategy &&
    a.preset === b.preset &&
    a.seed === b.seed &&
    a.playing === b.playing
  );
}

function run(store: PlaygroundStore, step: Step): void {
  const state = store.getState();
  switch (step.kind) {
    case 'preset':
      state.loadPreset(step.id);
      break;
    case 'scenario':
      // Recorded, as the playground's own controls record a change.
      state.setScenario(step.scenario, { record: true });
      break;
    case 'custom':
      state.loadScenario(step.scenario);
      break;
    case 'play':
      state.play();
      break;
    case 'pause':
      state.pause();
      break;
    case 'toggle':
      state.toggle();
      break;
  }
}

export function startFigureControl(options: FigureControlOptions): FigureControl {
  const { store, root, notice, opened, id, post } = options;
  // The strategy is worked out again only when the scenario changes, not on every live refresh.
  let strategyFor: Scenario | null = null;
  let strategy = '';
  const read = (): FigureState => {
    const { scenario, presetId, playing } = store.getState();
    if (scenario !== strategyFor) {
      strategyFor = scenario;
      strategy = strategyOf(scenario);
    }
    return { strategy, preset: presetId, seed: scenario.seed, playing };
  };
  const write = (name: string, value: string) => {
    if (root.dataset[name] !== value) root.dataset[name] = value;
  };

  let reported: FigureState | null = null;
  const report = (problem: string | null) => {
    const state = read();
    reported = state;
    write('strategy', state.strategy);
    write('preset', state.preset ?? '');
    write('seed', String(state.seed));
    post({ type: STATE_MESSAGE_TYPE, id, ...state, problem });
  };

  // One change often takes several store updates (a preset: its scenario, then its name); they are
  // reported together, once the current task is done, and only when something the page sees changed.
  let scheduled = false;
  let disposed = false;
  const unsubscribe = store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (disposed || (reported !== null && sameState(read(), reported))) return;
      report(null);
    });
  });
  report(null);

  return {
    handle(message) {
      const { scenario, presetId } = store.getState();
      const plan = planControl({ scenario, presetId }, opened, message.set, message.action);
      if (!plan.ok) {
        // Nothing changed; the reader is told in the figure, the author in the console (by embed.js).
        notice.show(plan.problem);
        report(plan.problem);
        return;
      }
      for (const step of plan.steps) run(store, step);
      notice.clear();
      // The reply, at once; the store's updates from these steps then find nothing new to report.
      report(null);
    },
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
