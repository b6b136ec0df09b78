/**
 * Keeps the address bar on the link to the comparison on screen, as the playground's does for its
 * scenario: a reload, a bookmark or a link copied from the address bar restores every column.
 */
import {
  ADDRESS_DELAY_MS,
  browserAddressHost,
  followAddress,
  type AddressHost,
  type AddressRule,
} from '../share/followAddress.ts';
import type { CompareState, CompareStore } from './compareStore.ts';
import { compareUrl } from './compareUrl.ts';

export { ADDRESS_DELAY_MS };

const compareAddress: AddressRule<CompareState> = {
  changed: (state, previous) => state.comparison !== previous.comparison,
  urlFor: (state, currentUrl) => compareUrl(currentUrl, state.comparison),
};

export function startCompareAddressSync(
  store: CompareStore,
  host: AddressHost = browserAddressHost(),
  delayMs = ADDRESS_DELAY_MS,
): () => void {
  return followAddress(store, compareAddress, host, delayMs);
}
