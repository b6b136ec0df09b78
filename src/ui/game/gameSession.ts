/**
 * The game page's one store: it owns the game, runs it on animation frames while playing (wall time
 * × speed), and publishes plain snapshots for React: on every change, and ten times a second for
 * the clocks. The frame clock is passed in, so tests drive the session without a browser.
 */
import { Game } from '../../game/game.ts';
import { DEFAULT_RULES } from '../../game/rules.ts';
import type { GameRules, GameStrategy } from '../../game/rules.ts';
import type { GameEvent, GameView, TimedInput } from '../../game/types.ts';
import {
  gameOverAnnouncement,
  helperAnnouncement,
  levelAnnouncement,
  signedPoints,
  strategyAnnouncement,
} from './gameText.ts';
import { LANE_KEYS } from './keymap.ts';
import type { GameCommand } from './keymap.ts';

export type GamePhase = 'ready' | 'playing' | 'paused' | 'over';

/** What the last thing you did (or lost) was worth, for the line under the well. */
export interface Feedback {
  /** Changes with every new feedback, so the page can replay its highlight. */
  id: number;
  text: string;
  tone: 'good' | 'bad' | 'neutral';
  lane: number | null;
}

export interface SessionState {
  phase: GamePhase;
  seed: number;
  speed: number;
  rules: GameRules;
  view: GameView;
  /** The latest sentence for the live region; `id` changes even when the words repeat. */
  announcement: { id: number; text: string };
  feedback: Feedback | null;
}

/** Animation frames and their time, as the browser gives them (or a test fakes them). */
export interface FrameClock {
  request(callback: (timeMs: number) => void): number;
  cancel(handle: number): void;
}

export interface GameSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Space: start, pause or resume, whichever fits. */
  playPause(): void;
  pause(): void;
  /** A fresh game on `seed` (or the same seed), playing at once. */
  restart(seed?: number): void;
  /** A fresh game on `seed`, waiting for Start. */
  load(seed: number): void;
  consume(lane: number): void;
  setStrategy(strategy: GameStrategy): void;
  callHelper(): void;
  run(command: GameCommand): void;
  /** The current game's timed inputs: with the seed, a replay of it (see replayGame). */
  inputs(): readonly TimedInput[];
  dispose(): void;
}

/** After a pause in frames (a hidden tab, a slow machine), the game moves on at most this much. */
const MAX_FRAME_MS = 100;
/** How often the clocks on screen move when nothing else changes. */
const CLOCK_REFRESH_MS = 100;

export function createGameSession(options: {
  seed: number;
  speed?: number;
  rules?: GameRules;
  clock: FrameClock;
}): GameSession {
  const { clock } = options;
  const rules = options.rules ?? DEFAULT_RULES;
  const speed = options.speed ?? 1;
  let game = new Game(options.seed, rules);
  let frame: number | null = null;
  let lastFrameAt: number | null = null;
  let lastPublishAt = -Infinity;
  let publishedVersion = -1;
  let counter = 0;
  const listeners = new Set<() => void>();

  let state: SessionState = {
    phase: 'ready',
    seed: options.seed,
    speed,
    rules,
    view: game.view(),
    announcement: { id: 0, text: '' },
    feedback: null,
  };

  function set(patch: Partial<SessionState>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  /** Reads what happened since the last look and turns it into words and a new snapshot. */
  function publish(extra: Partial<SessionState> = {}, announce: string[] = []): void {
    let feedback = extra.feedback ?? state.feedback;
    let phase = extra.phase ?? state.phase;
    for (const event of game.drainEvents()) {
      const said = announcementFor(event);
      if (said) announce.push(said);
      const felt = feedbackFor(event);
      if (felt) feedback = felt;
      if (event.kind === 'game-over') phase = 'over';
    }
    if (phase === 'over' && state.phase !== 'over') {
      stopFrames();
      announce.push(gameOverAnnouncement(game.view(), rules));
    }
    publishedVersion = game.version;
    set({
      ...extra,
      phase,
      feedback,
      view: game.view(),
      ...(announce.length > 0 ? { announcement: { id: ++counter, text: announce.join(' ') } } : {}),
    });
  }

  function announcementFor(event: GameEvent): string | null {
    switch (event.kind) {
      case 'level':
        return levelAnnouncement(event.level, event.ratePerSec);
      case 'strategy':
        return strategyAnnouncement(event.strategy, rules);
      case 'helper':
        return helperAnnouncement(event.phase, rules);
      case 'signal-landed':
        return event.signal === 'slow'
          ? 'The producer has slowed down.'
          : 'The producer is back to full speed.';
      default:
        return null;
    }
  }

  function feedbackFor(event: GameEvent): Feedback | null {
    const make = (text: string, tone: Feedback['tone'], lane: number | null): Feedback => ({
      id: ++counter,
      text,
      tone,
      lane,
    });
    switch (event.kind) {
      case 'delivered':
        if (event.by !== 'you') return null;
        return make(
          `${signedPoints(event.points)}: ${keyName(event.block.lane)} block delivered after ${(event.waitedMs / 1000).toFixed(1)} s.`,
          event.points === rules.scoring.perDelivery ? 'good' : 'neutral',
          event.block.lane,
        );
      case 'empty-press':
        return make(
          `${signedPoints(-rules.scoring.perEmptyPress)}: column ${keyName(event.lane)} was empty.`,
          'bad',
          event.lane,
        );
      case 'press-ignored':
        return make(
          `Busy: you can line up ${rules.typeAhead} presses, so that one was ignored.`,
          'neutral',
          event.lane,
        );
      case 'dropped':
        return make(
          `${signedPoints(-rules.scoring.perDrop)}: ${event.reason === 'rejected' ? 'a new block was turned away' : 'the oldest block was thrown away'}.`,
          'bad',
          event.block.lane,
        );
      case 'helper-refused':
        return make('No helper yet: wait until it is ready.', 'neutral', null);
      default:
        return null;
    }
  }

  function onFrame(time: number): void {
    frame = null;
    if (state.phase !== 'playing') return;
    const dt = lastFrameAt === null ? 0 : Math.min(MAX_FRAME_MS, Math.max(0, time - lastFrameAt));
    lastFrameAt = time;
    game.advance(dt * speed);
    if (game.version !== publishedVersion || time - lastPublishAt >= CLOCK_REFRESH_MS) {
      lastPublishAt = time;
      publish();
    }
    if (state.phase === 'playing') frame = clock.request(onFrame);
  }

  function startFrames(): void {
    lastFrameAt = null;
    if (frame === null) frame = clock.request(onFrame);
  }

  function stopFrames(): void {
    if (frame !== null) clock.cancel(frame);
    frame = null;
  }

  function fresh(seed: number, phase: GamePhase, announce: string): void {
    stopFrames();
    game = new Game(seed, rules);
    publish({ seed, phase, feedback: null }, [announce]);
    if (phase === 'playing') startFrames();
  }

  const session: GameSession = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    playPause() {
      switch (state.phase) {
        case 'ready':
        case 'paused':
          publish({ phase: 'playing' }, [
            state.phase === 'ready'
              ? `Game started. ${levelAnnouncement(1, state.view.ratePerSec)}`
              : 'Playing.',
          ]);
          startFrames();
          break;
        case 'playing':
          session.pause();
          break;
        case 'over':
          break;
      }
    },
    pause() {
      if (state.phase !== 'playing') return;
      stopFrames();
      publish({ phase: 'paused' }, ['Paused. Press Space to go on.']);
    },
    restart(seed = state.seed) {
      fresh(
        seed,
        'playing',
        `New game on seed ${seed}. ${levelAnnouncement(1, rules.startRatePerSec)}`,
      );
    },
    load(seed) {
      fresh(seed, 'ready', `Seed ${seed} is ready. Press Space or Start to play.`);
    },
    consume(lane) {
      if (state.phase !== 'playing') return;
      game.consume(lane);
      publish();
    },
    setStrategy(strategy) {
      if (state.phase === 'over') return;
      game.setStrategy(strategy);
      publish();
    },
    callHelper() {
      if (state.phase !== 'playing') return;
      game.callHelper();
      publish();
    },
    run(command) {
      switch (command.kind) {
        case 'lane':
          return session.consume(command.lane);
        case 'strategy':
          return session.setStrategy(command.strategy);
        case 'helper':
          return session.callHelper();
        case 'play-pause':
          return session.playPause();
        case 'pause':
          return state.phase === 'paused' ? session.playPause() : session.pause();
      }
    },
    inputs: () => game.inputs.slice(),
    dispose() {
      stopFrames();
      listeners.clear();
    },
  };
  return session;
}

/** How a lane is named in sentences: by its first key. */
export function keyName(lane: number): string {
  return LANE_KEYS[lane]?.[0] ?? String(lane + 1);
}
