/**
 * Opens the playground with the view options of the link it was opened with (speed, advanced
 * knobs, the chart shown large); options it cannot use are named in the problems notice.
 */
import { readViewParams } from '../../share/viewLink.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';

export function applyLinkView(store: PlaygroundStore, query: string): void {
  const { view, problems } = readViewParams(query);
  const state = store.getState();
  if (view.speed !== undefined) state.setSpeed(view.speed);
  if (view.advanced !== undefined) state.setAdvanced(view.advanced);
  if (view.chartFocus !== undefined) state.setChartFocus(view.chartFocus);
  state.noteViewProblems(problems);
}
