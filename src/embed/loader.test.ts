import { describe, expect, it } from 'vitest';
import { RESIZE_MESSAGE_TYPE, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from './embedContract.ts';
import {
  embedFrameUrl,
  frameTitle,
  initialHeight,
  queryFromDataset,
  resizeHeightFor,
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
