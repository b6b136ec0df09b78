import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore.ts';
import { createPlayGate } from './playGate.ts';

const store = () => createPlaygroundStore({ presetId: 'drop-oldest', playing: true });

describe('createPlayGate', () => {
  it('holds the figure paused until it is reported on screen', () => {
    const s = store();
    const gate = createPlayGate(s, true);
    expect(s.getState().playing).toBe(false);
    gate.setOnScreen(true);
    expect(s.getState().playing).toBe(true);
  });

  it('pauses off screen and plays again on return', () => {
    const s = store();
    const gate = createPlayGate(s, true);
    gate.setOnScreen(true);
    gate.setOnScreen(false);
    expect(s.getState().playing).toBe(false);
    expect(gate.wantsToPlay).toBe(true);
    gate.setOnScreen(true);
    expect(s.getState().playing).toBe(true);
  });

  it('does not autoplay when told not to, but plays when the reader asks', () => {
    const s = store();
    const gate = createPlayGate(s, false);
    gate.setOnScreen(true);
    expect(s.getState().playing).toBe(false);
    s.getState().play();
    expect(gate.wantsToPlay).toBe(true);
    gate.setOnScreen(false);
    gate.setOnScreen(true);
    expect(s.getState().playing).toBe(true);
  });

  it('keeps a figure the reader paused (or stepped) paused after a scroll away and back', () => {
    for (const action of ['pause', 'step'] as const) {
      const s = store();
      const gate = createPlayGate(s, true);
      gate.setOnScreen(true);
      s.getState()[action]();
      gate.setOnScreen(false);
      gate.setOnScreen(true);
      expect(s.getState().playing).toBe(false);
      expect(gate.wantsToPlay).toBe(false);
    }
  });

  it('does not let the figure play while off screen, but remembers the wish', () => {
    const s = store();
    const gate = createPlayGate(s, false);
    s.getState().play();
    expect(s.getState().playing).toBe(false);
    gate.setOnScreen(true);
    expect(s.getState().playing).toBe(true);
  });

  it('tells its subscribers about every report, and stops after dispose', () => {
    const s = store();
    const gate = createPlayGate(s, true);
    let calls = 0;
    const unsubscribe = gate.subscribe(() => calls++);
    gate.setOnScreen(true);
    gate.setOnScreen(true);
    unsubscribe();
    gate.setOnScreen(false);
    expect(calls).toBe(2);
    gate.dispose();
    s.getState().play();
    gate.setOnScreen(false);
    expect(s.getState().playing).toBe(true);
  });
});
