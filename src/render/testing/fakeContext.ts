/**
 * A recording stand-in for CanvasRenderingContext2D: every method call and property write is kept,
 * in order, so renderer tests can assert on what was drawn without pixels.
 */
import type { Ctx2D } from '../draw/ctx.ts';

export interface Call {
  name: string;
  args: unknown[];
}

const METHODS = [
  'save',
  'restore',
  'setTransform',
  'setLineDash',
  'fillRect',
  'strokeRect',
  'beginPath',
  'closePath',
  'moveTo',
  'lineTo',
  'arc',
  'arcTo',
  'rect',
  'clip',
  'fill',
  'stroke',
  'fillText',
  'strokeText',
] as const;

const PROPS = [
  'fillStyle',
  'strokeStyle',
  'lineWidth',
  'lineCap',
  'lineJoin',
  'globalAlpha',
  'font',
  'textAlign',
  'textBaseline',
  'lineDashOffset',
] as const;

export interface FakeContext extends Ctx2D {
  calls: Call[];
  /** Every property ever written, including ones the stage must never use (like shadowBlur). */
  written: Set<string>;
  count(name: string): number;
  texts(): string[];
  reset(): void;
}

export function createFakeContext(): FakeContext {
  const calls: Call[] = [];
  const written = new Set<string>();
  const state: Record<string, unknown> = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    globalAlpha: 1,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineDashOffset: 0,
  };
  const target: Record<string, unknown> = {
    calls,
    written,
    count: (name: string) => calls.filter((c) => c.name === name).length,
    texts: () => calls.filter((c) => c.name === 'fillText').map((c) => String(c.args[0])),
    reset: () => {
      calls.length = 0;
      written.clear();
    },
  };
  // Text is measured as if every character were 0.58 em wide (0.64 em in bold), about what a
  // browser's system-ui font measures: close enough for layout tests.
  target.measureText = (s: string) => {
    const font = String(state.font);
    const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10);
    const bold = /^(600|700|bold)\b/.test(font);
    return { width: s.length * px * (bold ? 0.64 : 0.58) };
  };
  for (const name of METHODS) {
    target[name] = (...args: unknown[]) => {
      calls.push({ name, args });
    };
  }
  return new Proxy(target, {
    get(t, key: string) {
      if (key in t) return t[key];
      return state[key];
    },
    set(_t, key: string, value: unknown) {
      written.add(key);
      if ((PROPS as readonly string[]).includes(key))
        calls.push({ name: `set:${key}`, args: [value] });
      state[key] = value;
      return true;
    },
  }) as unknown as FakeContext;
}
