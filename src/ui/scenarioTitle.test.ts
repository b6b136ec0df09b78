import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { applyStrategy, strategyById } from '../domain/strategies.ts';
import { setAt } from '../domain/path.ts';
import { decodeShareQuery, encodeShareQuery } from '../share/shareLink.ts';
import { linkPresetId } from '../share/presetAsIs.ts';
import { namedPreset, scenarioTitle } from './scenarioTitle.ts';
import { PRESETS } from '../sim/presets.ts';
import { STRATEGIES } from '../domain/strategies.ts';

describe('scenarioTitle', () => {
  it('names a real system by its preset, with its own line', () => {
    expect(scenarioTitle(presetScenario('kafka'), 'kafka')).toEqual({
      title: 'Kafka topic',
      changed: false,
      description: expect.stringMatching(/three consumers pull/),
      ownStory: true,
    });
  });

  it('says a preset was changed, whatever the change, and keeps its name', () => {
    const kafka = presetScenario('kafka');
    const moreConsumers = setAt(kafka, 'consumers.count', 4);
    expect(scenarioTitle(moreConsumers, 'kafka')).toMatchObject({
      title: 'Kafka topic',
      changed: true,
    });
    const blocking = applyStrategy(kafka, strategyById('block'));
    expect(scenarioTitle(blocking, 'kafka')).toMatchObject({ title: 'Kafka topic', changed: true });
    // Another seed is the same preset.
    expect(scenarioTitle({ ...kafka, seed: 99 }, 'kafka').changed).toBe(false);
  });

  it('still knows the preset after a reload of a changed preset’s link, which names none', () => {
    const changed = setAt(presetScenario('kafka'), 'consumers.count', 4);
    const query = encodeShareQuery(changed, linkPresetId(changed, 'kafka'));
    expect(query).not.toContain('preset=');
    const decoded = decodeShareQuery(query);
    if (!decoded.ok) throw new Error('the link did not decode');
    expect(decoded.presetId).toBeNull();
    expect(scenarioTitle(decoded.scenario, decoded.presetId)).toMatchObject({
      title: 'Kafka topic',
      changed: true,
    });
  });

  it('names a strategy preset by its strategy, and gives way when another strategy is picked', () => {
    const block = presetScenario('block');
    expect(scenarioTitle(block, 'block')).toEqual({
      title: 'Block the producer',
      changed: false,
      description: strategyById('block').summary,
      ownStory: false,
    });
    expect(scenarioTitle(setAt(block, 'queue.capacity', 30), 'block')).toMatchObject({
      title: 'Block the producer',
      changed: true,
    });
    const dropOldest = applyStrategy(block, strategyById('drop-oldest'));
    expect(scenarioTitle(dropOldest, 'block')).toEqual({
      title: 'Drop the oldest',
      changed: false,
      description: strategyById('drop-oldest').summary,
      ownStory: false,
    });
  });

  it('names a strategy picked after another as picked first, and says when it is not', () => {
    // The reader's case: Reject with retries, then Add consumers, on the first screen's preset.
    const start = presetScenario('no-backpressure');
    const rejecting = applyStrategy(start, strategyById('drop-incoming'));
    const adding = applyStrategy(rejecting, strategyById('add-consumers'));
    expect(scenarioTitle(adding, 'no-backpressure')).toMatchObject({
      title: 'Add consumers',
      changed: false,
    });
    // A queue size chosen by hand stays through the switch, and the title says so.
    const mine = setAt(presetScenario('block'), 'queue.capacity', 40);
    expect(scenarioTitle(applyStrategy(mine, strategyById('drop-oldest')), 'block')).toMatchObject({
      title: 'Drop the oldest',
      changed: true,
    });
    // So does a producer moved by hand before the switch.
    const faster = setAt(start, 'workload.pattern.ratePerSec', 90);
    expect(
      scenarioTitle(applyStrategy(faster, strategyById('block')), 'no-backpressure'),
    ).toMatchObject({ title: 'Block the producer', changed: true });
  });

  it('gives a strategy picked on the first screen the same title through its link', () => {
    const adding = applyStrategy(presetScenario('no-backpressure'), strategyById('add-consumers'));
    const decoded = decodeShareQuery(
      encodeShareQuery(adding, linkPresetId(adding, 'no-backpressure')),
    );
    if (!decoded.ok) throw new Error('the link did not decode');
    expect(decoded.scenario.name).toBe('Add consumers');
    expect(scenarioTitle(decoded.scenario, decoded.presetId)).toMatchObject({
      title: 'Add consumers',
      changed: false,
    });
  });

  it('uses a file’s own name, and the strategy otherwise', () => {
    const mine = { ...presetScenario('drop-oldest'), name: 'Sensor feed on a train' };
    expect(scenarioTitle(mine, null)).toEqual({
      title: 'Sensor feed on a train',
      changed: false,
      description: `Drop the oldest: ${strategyById('drop-oldest').summary}`,
      ownStory: false,
    });
    const unnamed = { ...presetScenario('credit-window'), name: 'Untitled scenario' };
    expect(scenarioTitle(unnamed, null).title).toBe('Credit window');
  });

  it('names the same preset for the chips and the way back as the title does', () => {
    // The reader's case: Add consumers picked on the first screen. The title said "Add consumers",
    // the chips "No backpressure, changed" and the way back "Back to “No backpressure”".
    const adding = applyStrategy(presetScenario('no-backpressure'), strategyById('add-consumers'));
    expect(namedPreset(adding, 'no-backpressure')).toEqual({
      preset: expect.objectContaining({ id: 'add-consumers', title: 'Add consumers' }),
      changed: false,
    });
    const more = setAt(adding, 'consumers.autoscale.max', 3);
    expect(namedPreset(more, 'no-backpressure')).toMatchObject({
      preset: { id: 'add-consumers' },
      changed: true,
    });
    // A real system keeps its own name whatever strategy it is tried with.
    const kafkaBlocking = applyStrategy(presetScenario('kafka'), strategyById('block'));
    expect(namedPreset(kafkaBlocking, 'kafka')).toMatchObject({
      preset: { id: 'kafka' },
      changed: true,
    });
    // A file's own name is no preset's.
    const mine = { ...presetScenario('drop-oldest'), name: 'Sensor feed on a train' };
    expect(namedPreset(mine, null)).toBeUndefined();
    // Every strategy picked on every preset: the chip named is the title, changed alike.
    for (const start of PRESETS)
      for (const strategy of STRATEGIES) {
        const scenario = applyStrategy(presetScenario(start.id), strategy);
        const title = scenarioTitle(scenario, start.id);
        const named = namedPreset(scenario, start.id);
        expect(named?.preset.title, `${strategy.id} on ${start.id}`).toBe(title.title);
        expect(named?.changed, `${strategy.id} on ${start.id}`).toBe(title.changed);
      }
  });
});

describe('scenarioTitle where retries are off', () => {
  it('names an exercise’s rejecting queue “Reject the newcomer”, with no promise of retries', async () => {
    const { loadBuiltInPack } = await import('../exercises/index.ts');
    const pack = loadBuiltInPack();
    for (const id of ['payments', 'where-the-bound']) {
      const start = pack.exercises.find((e) => e.id === id)!.start;
      expect(start.retry.kind).toBe('none');
      const { description } = scenarioTitle(start, null);
      expect(description).toMatch(/^Reject the newcomer: /);
      expect(description).not.toMatch(/retr/i);
    }
  });

  it('gives the Reject with retries preset, its retries set to “Never retry”, the name it now has', () => {
    const never = setAt(presetScenario('reject-with-retries'), 'retry', { kind: 'none' });
    expect(scenarioTitle(never, 'reject-with-retries')).toMatchObject({
      title: 'Reject the newcomer',
      changed: true,
      description: expect.not.stringMatching(/retr/i),
    });
  });
});
