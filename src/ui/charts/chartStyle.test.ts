import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../sim/presets.ts';
import { caption, LINE, STAGE_LINES } from './chartStyle.ts';

describe('the charts’ captions and lines', () => {
  it('promise a capacity line only when the queue has a limit to draw', () => {
    expect(caption('depth', 1000, false, 50)).toMatch(/capacity as a dashed line/);
    const unlimited = caption('depth', 1000, false, null);
    expect(unlimited).not.toMatch(/dashed line/);
    expect(unlimited).toMatch(/no limit/);
  });

  it('end an unlimited queue the way its scenario ends it: memory, retention or neither', () => {
    const depthOf = (preset: string) => {
      const { queue } = presetScenario(preset);
      return caption('depth', 1000, false, queue.capacity, queue);
    };
    // The default runs out of memory; Kafka's topic deletes what is too old and never does.
    expect(depthOf('no-backpressure')).toMatch(/grows until the memory runs out\.$/);
    const kafka = depthOf('kafka');
    expect(kafka).not.toMatch(/memory/);
    expect(kafka).toMatch(/waited 5 s is deleted unread, so it levels off there\.$/);
    const nothing = caption('depth', 1000, false, null, {
      memoryBudgetBytes: null,
      maxAgeMs: null,
    });
    expect(nothing).not.toMatch(/memory/);
    expect(nothing).toMatch(/grows for as long as more comes in than goes out\.$/);
  });

  it('draw no pipeline stage in the capacity line’s dashes, and tell every stage apart', () => {
    for (const line of STAGE_LINES) expect(line.dash).not.toBe(LINE.capacity.dash);
    const looks = STAGE_LINES.map((l) => `${l.dash}/${l.width}`);
    expect(new Set(looks).size).toBe(STAGE_LINES.length);
    expect(caption('depth', 1000, true)).toMatch(/none marks a limit/);
  });
});
