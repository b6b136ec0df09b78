/**
 * A moment's callout fades out at the end of its time. Over a second of fading, its words sat under
 * the 4.5:1 contrast a reader needs for most of it (a reader saw them as grey smudges); now it stays
 * whole and goes quickly: never more than a few frames below 4.5:1, on light pages and dark.
 */
import { describe, expect, it } from 'vitest';
import type { StageScene } from './scene.ts';
import { harness } from './testing/harness.ts';
import { DARK_THEME, LIGHT_THEME, luminance, type StageTheme } from './theme.ts';

const FRAME = 1000 / 60;

function rgb(hex: string): [number, number, number] {
  const h = hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function mix(top: [number, number, number], under: [number, number, number], a: number) {
  return top.map((c, i) => c * a + (under[i] as number) * (1 - a)) as [number, number, number];
}

const hex = (c: [number, number, number]) =>
  `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The contrast of a callout's words on its chip at `alpha`, both drawn so over the stage's ground. */
function calloutContrast(theme: StageTheme, alpha: number): number {
  // The chip is the text colour (fg) over the ground; its words the ground's colour over the chip.
  const chip = mix(rgb(theme.fg), rgb(theme.bg), alpha);
  const words = mix(rgb(theme.bg), chip, alpha);
  const [a, b] = [luminance(hex(chip)), luminance(hex(words))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('a moment’s callout', () => {
  for (const theme of [LIGHT_THEME, DARK_THEME])
    for (const preset of ['add-consumers', 'no-backpressure'])
      it(`in ${preset}, goes rather than lingers at low contrast (${theme.dark ? 'dark' : 'light'})`, () => {
        const h = harness(preset);
        const faint = new Map<string, number>();
        const whole = new Map<string, number>();
        let scene: StageScene;
        for (let i = 0; i < 60 * 14; i++) {
          scene = h.step(FRAME);
          for (const c of scene.callouts) {
            const readable = calloutContrast(theme, c.alpha) >= 4.5;
            const into = readable ? whole : faint;
            into.set(c.kind, (into.get(c.kind) ?? 0) + 1);
          }
        }
        expect(whole.size, 'a moment was called out').toBeGreaterThan(0);
        for (const [kind, frames] of whole) {
          // Read whole for most of its time (the crash's for as long as the consumer is down, 3 s
          // here: it goes when the consumer restarts)…
          expect(frames * FRAME, kind).toBeGreaterThan(kind === 'oom' ? 2800 : 3000);
          // …and under 4.5:1 for no more than 200 ms of it.
          expect((faint.get(kind) ?? 0) * FRAME, kind).toBeLessThanOrEqual(200);
        }
      });
});
