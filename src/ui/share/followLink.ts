/**
 * The playground's side of its address: the link's view options are applied, then the address bar
 * follows every change. Loaded just after the first paint, since neither is needed to draw it and
 * the page's first JavaScript is kept small.
 */
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { queryHasScenario, readExerciseRoute } from '../exercises/exerciseLink.ts';
import { startAddressSync } from './addressSync.ts';
import { applyLinkView } from './applyLinkView.ts';

export function followLink(store: PlaygroundStore, query: string): () => void {
  applyLinkView(store, query);
  // An exercise link: the exercise panel mounts for it and loads the pack (lazily). A scenario in
  // the same link is the learner's answer, which the store opened with and the exercise's locks
  // will judge.
  const route = readExerciseRoute(query);
  if (route) {
    const { scenario, problemsFrom, problems } = store.getState();
    const linked = queryHasScenario(query) && !(problemsFrom === 'link' && problems.length > 0);
    store.getState().followExerciseRoute({ ...route, answer: linked ? scenario : null });
  }
  return startAddressSync(store);
}
