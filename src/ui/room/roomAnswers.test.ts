import { describe, expect, it } from 'vitest';
import { decodeCompareQuery } from '../../compare/compareLink.ts';
import { loadBuiltInPack } from '../../exercises/index.ts';
import { decodeShareQuery } from '../../share/shareLink.ts';
import { answerLink, answerScenario, compareAnswersLink } from './roomAnswers.ts';

const pack = loadBuiltInPack();
const tipping = pack.exercises.find((e) => e.id === 'tipping-point')!;

describe('answers in the room', () => {
  it('rebuild the attendee’s scenario from the start and their changes', () => {
    const scenario = answerScenario(tipping, [['consumers.count', 3]]);
    expect(scenario?.consumers.count).toBe(3);
    expect(scenario?.seed).toBe(tipping.seeds[0]);
    expect(scenario?.workload).toEqual(tipping.start.workload);
  });

  it('refuse an answer that changes what the exercise keeps fixed, or is no scenario', () => {
    expect(answerScenario(tipping, [['workload.ratePerSec', 1]])).toBeNull();
    expect(answerScenario(tipping, [['consumers.count', -4]])).toBeNull();
    expect(answerScenario(tipping, [['nothing.here', 1]])).toBeNull();
  });

  it('open in the playground’s exercise, beside the room page', () => {
    const scenario = answerScenario(tipping, [['consumers.count', 3]])!;
    const url = new URL(
      answerLink(
        'https://example.org/a/room.html',
        { kind: 'built-in' },
        'tipping-point',
        scenario,
      ),
    );
    expect(url.pathname).toBe('/a/index.html');
    expect(url.searchParams.get('exercise')).toBe('tipping-point');
    const decoded = decodeShareQuery(url.search);
    expect(decoded.ok && decoded.scenario.consumers.count).toBe(3);
  });

  it('open side by side in Compare, each column named after its attendee', () => {
    const answers = [2, 3, 5].map((count, i) => ({
      name: ['Ana', 'Bo', 'Attendee 3'][i] as string,
      scenario: answerScenario(tipping, [['consumers.count', count]])!,
    }));
    const url = new URL(compareAnswersLink('https://example.org/a/room.html', answers));
    expect(url.pathname).toBe('/a/compare.html');
    const decoded = decodeCompareQuery(url.search);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    expect(decoded.comparison.columns.map((c) => [c.name, c.consumers.count])).toEqual([
      ['Ana’s answer', 2],
      ['Bo’s answer', 3],
      ['Attendee 3’s answer', 5],
    ]);
  });
});
