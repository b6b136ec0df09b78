import { describe, expect, it } from 'vitest';
import { parseScenario } from '../sim/parseScenario.ts';
import { presetScenario } from '../sim/presets.ts';
import { inviteToPick, type InviteState } from './inviteToPick.ts';
import { scenarioTitle } from './scenarioTitle.ts';

const first = presetScenario('no-backpressure');
const piledUp: InviteState = {
  scenario: first,
  inExercise: false,
  ownStory: false,
  depthNow: 200,
  crashes: 1,
  tourOpen: false,
};

describe('inviteToPick', () => {
  it('invites on the first screen once the pile-up shows', () => {
    expect(inviteToPick(piledUp)).toBe(true);
    expect(inviteToPick({ ...piledUp, depthNow: 3, crashes: 0 })).toBe(false);
  });

  it('ends as soon as the producer is set below the consumers’ rate, crashes or not', () => {
    const parsed = parseScenario({
      ...first,
      workload: { ...first.workload, pattern: { kind: 'steady', ratePerSec: 40 } },
    });
    if (!parsed.ok) throw new Error('bad scenario');
    // The reader's case: 40/s in, 50/s out, the crashes of the 70/s run still counted.
    expect(inviteToPick({ ...piledUp, scenario: parsed.value })).toBe(false);
  });

  it('lets a real system’s preset tell its own story', () => {
    const kafka = presetScenario('kafka');
    const named = scenarioTitle(kafka, 'kafka');
    expect(named.ownStory).toBe(true);
    expect(named.title).toBe('Kafka topic');
    expect(inviteToPick({ ...piledUp, scenario: kafka, ownStory: named.ownStory })).toBe(false);
    expect(scenarioTitle(first, 'no-backpressure').ownStory).toBe(false);
  });

  it('gives way to the open tour, whose card says which button to press', () => {
    // A reader in steps 1–3 saw "Pick a strategy to see what gives" above a card asking for one
    // button: the line invited them off the tour.
    expect(inviteToPick({ ...piledUp, tourOpen: true })).toBe(false);
    expect(inviteToPick({ ...piledUp, tourOpen: false })).toBe(true);
  });

  it('never invites in an exercise or under a strategy', () => {
    expect(inviteToPick({ ...piledUp, inExercise: true })).toBe(false);
    expect(inviteToPick({ ...piledUp, scenario: presetScenario('drop-oldest') })).toBe(false);
  });
});
