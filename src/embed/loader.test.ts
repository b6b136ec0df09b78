import { describe, expect, it } from 'vitest';
import {
  CONTROL_MESSAGE_TYPE,
  MAX_SET_LENGTH,
  RESIZE_MESSAGE_TYPE,
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  STATE_MESSAGE_TYPE,
  type FigureState,
} from './embedContract.ts';
import {
  controlMessageFor,
  embedFrameUrl,
  figureId,
  frameTitle,
  initialHeight,
  pressedFor,
  queryFromDataset,
  resizeHeightFor,
  stateFor,
  unknownKeys,
  type FrameIdentity,
} from './loader.ts';

describe('queryFromDataset', () => {
  it('maps each data attribute to its URL parameter, and adds the frame id', () => {
    const query = queryFromDataset(
      {
        backpressurePlayground: '',
        preset: 'drop-oldest',
        seed: '7',
        scenario: 'eyJ9',
        scenarioVersion: '1',
        controls: 'minimal',
        charts: 'depth,drops',
        autoplay: '1',
        speed: '2',
        theme: 'auto',
        height: '420',
        title: 'A figure',
      },
      'frame-3',
    );
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      preset: 'drop-oldest',
      seed: '7',
      s: 'eyJ9',
      v: '1',
      controls: 'minimal',
      charts: 'depth,drops',
      autoplay: '1',
      speed: '2',
      theme: 'auto',
      height: '420',
      id: 'frame-3',
    });
  });

  it('passes values through unchecked, encoded, for the frame to judge', () => {
    const query = queryFromDataset({ speed: 'fast & loose' }, 'f');
    expect(new URLSearchParams(query).get('speed')).toBe('fast & loose');
  });
});

describe('unknownKeys', () => {
  it('names attributes that are neither options nor the loader’s own', () => {
    expect(
      unknownKeys({ backpressurePlayground: '', title: 't', chart: 'depth', seed: '1' }),
    ).toEqual(['chart']);
  });
});

describe('initialHeight', () => {
  it('is data-height when it is a whole number, within the limits', () => {
    expect(initialHeight({ height: '420' })).toBe(420);
    expect(initialHeight({ height: '5' })).toBe(MIN_FRAME_HEIGHT);
    expect(initialHeight({ height: '99999' })).toBe(MAX_FRAME_HEIGHT);
  });

  it('otherwise grows with the controls and the number of real charts', () => {
    const none = initialHeight({ controls: 'none' });
    const minimal = initialHeight({});
    const full = initialHeight({ controls: 'full' });
    expect(none).toBeLessThan(minimal);
    expect(minimal).toBeLessThan(full);
    expect(initialHeight({ charts: 'depth,bogus' })).toBe(initialHeight({ charts: 'depth' }));
    expect(initialHeight({ charts: 'all' })).toBeGreaterThan(initialHeight({ charts: 'depth' }));
    expect(initialHeight({ height: 'tall' })).toBe(minimal);
  });
});

describe('frameTitle', () => {
  it('is data-title, or names the preset', () => {
    expect(frameTitle({ title: ' Figure 2 ' })).toBe('Figure 2');
    expect(frameTitle({ preset: 'block' })).toBe('Backpressure Playground: block');
    expect(frameTitle({})).toBe('Backpressure Playground: a custom scenario');
  });
});

describe('embedFrameUrl', () => {
  it('is embed.html beside the script, on any sub-path', () => {
    expect(embedFrameUrl('https://example.org/a/b/embed.js?v=3', 'preset=block')).toBe(
      'https://example.org/a/b/embed.html?preset=block',
    );
  });
});

describe('resizeHeightFor', () => {
  const frameWindow = { name: 'our frame' };
  const frame: FrameIdentity = { window: frameWindow, origin: 'https://cdn.example', id: 'f1' };
  const message = (over: Partial<{ data: unknown; origin: string; source: unknown }> = {}) => ({
    data: { type: RESIZE_MESSAGE_TYPE, id: 'f1', height: 512.4 },
    origin: 'https://cdn.example',
    source: frameWindow,
    ...over,
  });

  it('accepts a resize message from the frame’s own window and origin', () => {
    expect(resizeHeightFor(message(), frame, 'https://blog.example')).toBe(512);
  });

  it('rejects the same message from any other window', () => {
    expect(resizeHeightFor(message({ source: {} }), frame, 'https://blog.example')).toBeNull();
    expect(resizeHeightFor(message({ source: null }), frame, 'https://blog.example')).toBeNull();
  });

  it('rejects the frame’s window once it shows another origin', () => {
    expect(
      resizeHeightFor(message({ origin: 'https://evil.example' }), frame, 'https://blog.example'),
    ).toBeNull();
  });

  it('accepts origin "null" only when the page itself is sandboxed', () => {
    const fromSandbox = message({ origin: 'null' });
    expect(resizeHeightFor(fromSandbox, frame, 'null')).toBe(512);
    expect(resizeHeightFor(fromSandbox, frame, 'https://blog.example')).toBeNull();
    // Sandboxed or not, the window must still be the frame's own.
    expect(resizeHeightFor({ ...fromSandbox, source: {} }, frame, 'null')).toBeNull();
  });

  it('rejects other messages, other ids and bad heights, and clamps the rest', () => {
    const own = 'https://blog.example';
    const data = (d: unknown) => resizeHeightFor(message({ data: d }), frame, own);
    expect(data('resize:500')).toBeNull();
    expect(data({ type: 'other', id: 'f1', height: 500 })).toBeNull();
    expect(data({ type: RESIZE_MESSAGE_TYPE, id: 'f2', height: 500 })).toBeNull();
    expect(data({ type: RESIZE_MESSAGE_TYPE, id: 'f1', height: '500' })).toBeNull();
    expect(data({ type: RESIZE_MESSAGE_TYPE, id: 'f1', height: Number.NaN })).toBeNull();
    expect(data({ type: RESIZE_MESSAGE_TYPE, id: 'f1', height: 1e9 })).toBe(MAX_FRAME_HEIGHT);
    expect(data({ type: RESIZE_MESSAGE_TYPE, id: 'f1', height: -5 })).toBe(MIN_FRAME_HEIGHT);
  });
});

describe('figureId', () => {
  it('is data-id, or else the placeholder’s own id, when valid', () => {
    expect(figureId({ id: 'fig-2' }, 'article-figure')).toBe('fig-2');
    expect(figureId({}, 'fig-2')).toBe('fig-2');
    expect(figureId({}, '')).toBeNull();
    expect(figureId({}, 'has spaces')).toBeNull();
    // A bad data-id is reported, not quietly replaced by the element's id.
    expect(figureId({ id: 'has spaces' }, 'fig-2')).toBeNull();
  });
});

describe('controlMessageFor', () => {
  it('passes data-set and data-action on as written, for the figure to judge', () => {
    expect(controlMessageFor({ backpressureFor: 'fig-2', set: 'strategy=blok' }, 'fig-2')).toEqual({
      type: CONTROL_MESSAGE_TYPE,
      id: 'fig-2',
      set: 'strategy=blok',
      action: null,
    });
    expect(controlMessageFor({ set: 'seed=7', action: 'play' }, 'f')).toMatchObject({
      set: 'seed=7',
      action: 'play',
    });
  });

  it('says what is missing or too long instead of sending it', () => {
    expect(controlMessageFor({ backpressureFor: 'fig-2' }, 'fig-2')).toMatch(
      /^a control needs data-set .* or data-action/,
    );
    expect(controlMessageFor({ set: 'x'.repeat(MAX_SET_LENGTH + 1) }, 'f')).toBe(
      `data-set is longer than ${MAX_SET_LENGTH} characters`,
    );
    expect(controlMessageFor({ action: 'play-it-again-please' }, 'f')).toContain(
      'is not one of play, pause, toggle, reset',
    );
  });
});

describe('pressedFor', () => {
  const state: FigureState = {
    strategy: 'block',
    preset: 'no-backpressure',
    seed: 1,
    playing: true,
  };

  it('marks a control that sets only a strategy or a preset', () => {
    expect(pressedFor('strategy=block', state)).toBe(true);
    expect(pressedFor(' strategy = drop-oldest; ', state)).toBe(false);
    expect(pressedFor('preset=no-backpressure', state)).toBe(true);
    expect(pressedFor('preset=block', state)).toBe(false);
  });

  it('leaves every other control alone', () => {
    expect(pressedFor(undefined, state)).toBeNull();
    expect(pressedFor('consumers.count=2', state)).toBeNull();
    expect(pressedFor('strategy=block; seed=7', state)).toBeNull();
  });
});

describe('stateFor', () => {
  const frameWindow = { name: 'our frame' };
  const frame: FrameIdentity = { window: frameWindow, origin: 'https://cdn.example', id: 'f1' };
  const data = {
    type: STATE_MESSAGE_TYPE,
    id: 'f1',
    strategy: 'block',
    preset: null,
    seed: 1,
    playing: false,
    problem: null,
  };
  const own = 'https://blog.example';

  it('accepts a state message from the frame’s own window, origin and id', () => {
    expect(
      stateFor({ data, origin: 'https://cdn.example', source: frameWindow }, frame, own),
    ).toEqual(data);
  });

  it('rejects it from another window, origin or id, and in another shape', () => {
    const from = (over: object) =>
      stateFor({ data, origin: 'https://cdn.example', source: frameWindow, ...over }, frame, own);
    expect(from({ source: {} })).toBeNull();
    expect(from({ origin: 'https://evil.example' })).toBeNull();
    expect(from({ data: { ...data, id: 'f2' } })).toBeNull();
    expect(from({ data: { ...data, playing: 'no' } })).toBeNull();
  });
});
