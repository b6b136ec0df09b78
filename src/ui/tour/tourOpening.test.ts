import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../store/createPlaygroundStore.ts';
import { chooseStrategy } from '../chooseStrategy.ts';
import { openingNote } from './tourOpening.ts';
import { enterStep } from './tourSteps.ts';

const stateOn = (presetId: string) =>
  createPlaygroundStore({ presetId, playing: false }).getState();

describe('openingNote', () => {
  it('says that the tour replaces the reader’s own scenario, and where it is kept', () => {
    expect(openingNote(stateOn('kafka'), 0)).toBe(
      'The tour sets its own scenarios; your Kafka topic run is kept in Undo.',
    );
  });

  it('says that it picks up at a later step, and over whose run', () => {
    expect(openingNote(stateOn('kafka'), 2)).toBe(
      'Picking up at step 3, where you left the tour. The tour sets its own scenarios; your Kafka topic run is kept in Undo.',
    );
  });

  it('says nothing over the tour’s own story, at its first step', () => {
    expect(openingNote(stateOn('no-backpressure'), 0)).toBeNull();
    // The story with a strategy the tour picked is the tour's own, not the reader's.
    const store = createPlaygroundStore({ presetId: 'no-backpressure', playing: false });
    enterStep(store, 4);
    chooseStrategy(store, 'block');
    expect(openingNote(store.getState(), 3)).toBe('Picking up at step 4, where you left the tour.');
  });
});
