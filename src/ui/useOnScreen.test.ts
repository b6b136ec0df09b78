import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { onScreen } from './scenarioTitle.ts';

describe('what is on screen, named once for the line, the ways back and the chips', () => {
  const more = () => {
    const story = presetScenario('no-backpressure');
    return { ...story, queue: { ...story.queue, memoryBudgetBytes: 4_000_000 } };
  };
  it('calls a scenario that differs from its preset changed, in the title and the named preset alike', () => {
    const seen = onScreen(more(), 'no-backpressure', false);
    expect(seen.named?.preset.id).toBe('no-backpressure');
    expect(seen.named?.changed).toBe(true);
    expect(seen.title.changed).toBe(true);
    expect(seen.tourStep).toBe(false);
  });
  it('calls nothing changed that the open tour’s own step put on screen, in either', () => {
    const seen = onScreen(more(), 'no-backpressure', true);
    expect(seen.named?.changed).toBe(false);
    expect(seen.title.changed).toBe(false);
    expect(seen.title.title).toBe(onScreen(more(), 'no-backpressure', false).title.title);
  });
});
