/** Bad stage input gets one plain sentence per problem, at a dotted path into `downstream`. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parseScenario.ts';

function problems(input: unknown): Array<[string, string]> {
  const parsed = parseScenario(input);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems.map((p) => [p.path, p.message]);
}

describe('downstream stages in a scenario', () => {
  it('take their defaults: a blocking link, a queue of 50 and one consumer', () => {
    const parsed = parseScenario({ downstream: [{}] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.downstream).toEqual([
      {
        name: '',
        link: { kind: 'blocking' },
        queue: {
          capacity: 50,
          whenFull: 'reject',
          maxAgeMs: null,
          conflateByKey: false,
          discipline: { kind: 'fifo' },
        },
        consumers: {
          count: 1,
          service: { kind: 'exponential', meanMs: 20 },
          autoscale: null,
          slowUnderLoad: null,
        },
      },
    ]);
  });

  it('are a list of at most two', () => {
    expect(problems({ downstream: {} })).toEqual([
      ['downstream', 'must be a list of stages (got an object)'],
    ]);
    expect(problems({ downstream: [{}, {}, {}] })).toEqual([
      ['downstream', 'must list at most 2 stages (3 in all) (got a list of 3)'],
    ]);
    expect(problems({ downstream: [3] })).toEqual([['downstream.0', 'must be an object (got 3)']]);
  });

  it('name the stage and the field of each problem', () => {
    expect(problems({ downstream: [{ link: { kind: 'tcp' } }] })).toEqual([
      ['downstream.0.link.kind', 'must be one of: blocking, credit, fire-and-forget (got "tcp")'],
    ]);
    expect(
      problems({
        downstream: [{}, { consumers: { count: 0 }, queue: { discipline: { kind: 'codel' } } }],
      }),
    ).toEqual([
      [
        'downstream.1.queue.discipline.kind',
        'must be one of: fifo, lifo, adaptive-lifo (got "codel")',
      ],
      ['downstream.1.consumers.count', 'must be a whole number from 1 to 100 (workers) (got 0)'],
    ]);
    expect(problems({ downstream: [{ link: { kind: 'credit', window: 0 } }] })).toEqual([
      ['downstream.0.link.window', 'must be a whole number from 1 to 1000000 (messages) (got 0)'],
    ]);
  });

  it('refuse block for a later stage, and first-stage fields it does not have', () => {
    expect(problems({ downstream: [{ queue: { whenFull: 'block' } }] })).toEqual([
      [
        'downstream.0.queue.whenFull',
        'must be one of: reject, drop-oldest, drop-youngest, drop-all (got "block")',
      ],
    ]);
    expect(problems({ downstream: [{ consumers: { ordering: 'per-key' } }] })).toEqual([
      ['downstream.0.consumers.ordering', 'is not a field we know'],
    ]);
  });
});
