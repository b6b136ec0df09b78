import { describe, expect, it } from 'vitest';
import { LocalDriver } from '../driver/localDriver.ts';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { assembleStore } from './assembleStore.ts';
import { lazyCatalogue, type Checker } from './scenarioCatalogue.ts';

const whole: Checker = { presetScenario, parseScenario };

/** A checker that arrives when the test says so (or fails to). */
function arrivingLater() {
  let calls = 0;
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = () => {
    calls += 1;
    return new Promise<Checker>((resolve, reject) => {
      arrive = () => resolve(whole);
      fail = reject;
    });
  };
  return { load, calls: () => calls, arrive: () => arrive(), fail: (e: Error) => fail(e) };
}

const pageStore = (catalogue: ReturnType<typeof lazyCatalogue>) =>
  assembleStore((s) => new LocalDriver(s), { playing: false }, catalogue);

describe('the page’s scenario catalogue', () => {
  it('has the strategies, the first scenario among them, before the checker arrives', () => {
    const later = arrivingLater();
    const catalogue = lazyCatalogue(later.load);
    expect(catalogue.presetNow('no-backpressure')).toEqual(presetScenario('no-backpressure'));
    expect(catalogue.presetNow('credit-window')).toEqual(presetScenario('credit-window'));
    expect(catalogue.presetNow('kafka')).toBeUndefined();
    expect(later.calls()).toBe(0);
  });

  it('says a change cannot be checked yet, then checks it once the checker is in', async () => {
    const later = arrivingLater();
    const catalogue = lazyCatalogue(later.load);
    const input = { queue: { capacity: 5 } };
    const early = catalogue.check(input);
    expect(early.ok).toBe(false);
    expect(!early.ok && early.problems[0]?.message).toMatch(/still loading/);
    const kafka = catalogue.presetLater('kafka');
    later.arrive();
    expect(await kafka).toEqual(presetScenario('kafka'));
    expect(later.calls()).toBe(1);
    expect(catalogue.check(input)).toEqual(parseScenario(input));
    expect(catalogue.presetNow('kafka')).toEqual(presetScenario('kafka'));
  });

  it('tries the download again after it failed', async () => {
    const later = arrivingLater();
    const catalogue = lazyCatalogue(later.load);
    const first = catalogue.presetLater('kafka');
    later.fail(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    const second = catalogue.presetLater('kafka');
    later.arrive();
    expect(await second).toEqual(presetScenario('kafka'));
    expect(later.calls()).toBe(2);
  });
});

describe('a page store whose presets arrive later', () => {
  it('switches strategies at once, before the checker arrives', () => {
    const store = pageStore(lazyCatalogue(arrivingLater().load));
    expect(store.getState().presetId).toBe('no-backpressure');
    store.getState().loadPreset('block');
    expect(store.getState().presetId).toBe('block');
    expect(store.getState().scenario).toEqual(presetScenario('block'));
    store.getState().undo();
    expect(store.getState().presetId).toBe('no-backpressure');
  });

  it('opens a real system when it arrives, never a wrong scenario meanwhile', async () => {
    const later = arrivingLater();
    const store = pageStore(lazyCatalogue(later.load));
    const before = store.getState().scenario;
    store.getState().loadPreset('kafka');
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().presetId).toBe('no-backpressure');
    later.arrive();
    await expect.poll(() => store.getState().presetId).toBe('kafka');
    expect(store.getState().scenario).toEqual(presetScenario('kafka'));
    expect(store.getState().history.at(-1)?.presetId).toBe('no-backpressure');
  });

  it('lets a change made while a preset loads win over the late preset', async () => {
    const later = arrivingLater();
    const catalogue = lazyCatalogue(later.load);
    const store = pageStore(catalogue);
    store.getState().loadPreset('kafka');
    store.getState().loadPreset('drop-oldest');
    later.arrive();
    // Settles after the store's own wait for Kafka, which asked first.
    await catalogue.presetLater('kafka');
    expect(store.getState().presetId).toBe('drop-oldest');
    expect(store.getState().scenario).toEqual(presetScenario('drop-oldest'));
  });

  it('keeps the scenario and says why when the preset cannot be downloaded', async () => {
    const later = arrivingLater();
    const store = pageStore(lazyCatalogue(later.load));
    const before = store.getState().scenario;
    store.getState().loadPreset('kafka');
    later.fail(new Error('the network is down'));
    await expect
      .poll(() => store.getState().problems)
      .toEqual([{ path: '', message: 'could not be opened (the network is down)' }]);
    expect(store.getState().scenario).toBe(before);
  });
});
