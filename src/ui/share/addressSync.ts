/**
 * The playground's address: the link to the scenario and view on screen (or, in an exercise, the
 * exercise's link), kept in the address bar by `followAddress`.
 */
import { linkPresetId } from '../../share/presetAsIs.ts';
import { shareUrl } from '../../share/shareUrl.ts';
import type { PlaygroundStore } from '../../store/createPlaygroundStore.ts';
import type { PlaygroundState } from '../../store/types.ts';
import { exerciseUrl } from '../exercises/exerciseLink.ts';
import {
  ADDRESS_DELAY_MS,
  browserAddressHost,
  followAddress,
  type AddressHost,
  type AddressRule,
} from '../../share/followAddress.ts';

export { ADDRESS_DELAY_MS, browserAddressHost, type AddressHost };

const playgroundAddress: AddressRule<PlaygroundState> = {
  changed: (state, previous) =>
    state.scenario !== previous.scenario ||
    state.presetId !== previous.presetId ||
    state.speed !== previous.speed ||
    state.advanced !== previous.advanced ||
    state.chartFocus !== previous.chartFocus ||
    state.exerciseRoute !== previous.exerciseRoute,
  urlFor(state, currentUrl) {
    const { scenario, presetId, speed, advanced, chartFocus, exerciseRoute } = state;
    // In an exercise the address is the exercise's link, which a reload reopens with the learner's
    // saved work, rather than a scenario link that would leave the exercise. A preset keeps its short
    // link only while it is unchanged: after a change the link is the whole difference.
    return exerciseRoute
      ? exerciseUrl(currentUrl, exerciseRoute)
      : shareUrl(currentUrl, scenario, linkPresetId(scenario, presetId), {
          speed,
          advanced,
          chartFocus,
        });
  },
};

/** Starts the sync; returns a function that stops it. */
export function startAddressSync(
  store: PlaygroundStore,
  host: AddressHost = browserAddressHost(),
  delayMs = ADDRESS_DELAY_MS,
): () => void {
  return followAddress(store, playgroundAddress, host, delayMs);
}
