/**
 * The playground's side of its address: the link's view options are applied, then the address bar
 * follows every change. Loaded just after the first paint, since neither is needed to draw it and
 * the page's first JavaScript is kept small.
 */
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { startAddressSync } from './addressSync.ts';
import { applyLinkView } from './applyLinkView.ts';

export function followLink(store: PlaygroundStore, query: string): () => void {
  applyLinkView(store, query);
  return startAddressSync(store);
}
