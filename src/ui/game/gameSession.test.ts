import { describe, expect, it } from 'vitest';
import { replayGame } from '../../game/game.ts';
import { createGameSession } from './gameSession.ts';
import type { FrameClock } from './gameSession.ts';

/** Animation frames on demand: `run(ms)` delivers one frame every 16 ms of pretend wall time. */
function fakeFrames() {
  let now = 0;
  let next: ((t: number) => void) | null = null;
  let handle = 0;
  const clock: FrameClock = {
    request(callback) {
      next = callback;
      return ++handle;
    },
    cancel() {
      next = null;
    },
  };
  return {
    clock,
    get pending() {
      return next !== null;
    },
    run(ms: number) {
      const end = now + ms;
      while (now < end && next) {
        now += 16;
        const callback = next;
        next = null;
        callback(now);
      }
    },
  };
}

describe('the game session', () => {
  it('waits for Start, then plays on animation frames at the chosen speed', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 4, speed: 2, clock: frames.clock });
    frames.run(1000);
    expect(session.getState().phase).toBe('ready');
    expect(session.getState().view.now).toBe(0);
    session.playPause();
    expect(session.getState().announcement.text).toMatch(/^Game started\. Level 1/);
    frames.run(1600);
    const now = session.getState().view.now;
    // 100 frames of 16 ms, the first one starting the clock, at double speed.
    expect(now).toBeGreaterThanOrEqual(3100);
    expect(now).toBeLessThanOrEqual(3200);
  });

  it('stops the clock while paused and says so', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 4, clock: frames.clock });
    session.playPause();
    frames.run(500);
    session.run({ kind: 'pause' });
    const at = session.getState().view.now;
    expect(session.getState().phase).toBe('paused');
    expect(session.getState().announcement.text).toMatch(/Paused/);
    expect(frames.pending).toBe(false);
    frames.run(2000);
    expect(session.getState().view.now).toBe(at);
    session.run({ kind: 'pause' });
    expect(session.getState().phase).toBe('playing');
  });

  it('plays the same game as the core for the same seed and presses', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 12, clock: frames.clock });
    session.playPause();
    for (let i = 0; i < 40; i++) {
      frames.run(400);
      session.consume(i % 4);
    }
    session.setStrategy('drop-oldest');
    frames.run(1000);
    session.pause();
    const live = session.getState().view;
    expect(live.counts.delivered).toBeGreaterThan(10);
    // Whatever the frames were, the seed and the recorded inputs give the same game.
    expect(replayGame(12, session.inputs(), live.now).view()).toEqual(live);
  });

  it('ignores presses before the start and after the end, and announces the end', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 3, speed: 20, clock: frames.clock });
    session.consume(0);
    session.callHelper();
    expect(session.getState().view.counts.emptyPresses).toBe(0);
    session.playPause();
    frames.run(10_000);
    const state = session.getState();
    expect(state.phase).toBe('over');
    expect(state.announcement.text).toMatch(/^Game over: Out of memory/);
    expect(frames.pending).toBe(false);
    session.consume(1);
    expect(session.getState().view).toBe(state.view);
  });

  it('starts the same game again on the same seed, and a waiting game on a new one', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 8, clock: frames.clock });
    session.playPause();
    frames.run(3000);
    session.restart();
    expect(session.getState()).toMatchObject({ phase: 'playing', seed: 8 });
    expect(session.getState().view.now).toBe(0);
    session.load(9);
    expect(session.getState()).toMatchObject({ phase: 'ready', seed: 9 });
    expect(session.getState().announcement.text).toBe(
      'Seed 9 is ready. Press Space or Start to play.',
    );
  });

  it('turns what happened into feedback and announcements', () => {
    const frames = fakeFrames();
    const session = createGameSession({ seed: 5, clock: frames.clock });
    session.playPause();
    session.consume(2);
    expect(session.getState().feedback).toMatchObject({ tone: 'bad', lane: 2 });
    expect(session.getState().feedback?.text).toBe('−5: column D was empty.');
    session.setStrategy('reject-new');
    expect(session.getState().announcement.text).toMatch(/^Strategy: Reject new when full\./);
    frames.run(16_000);
    expect(session.getState().announcement.text).toMatch(/Level 2: about 1\.4 blocks a second\./);
  });
});
