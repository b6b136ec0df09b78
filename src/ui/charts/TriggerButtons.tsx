/**
 * Trouble at the press of a button, in the running simulation: a spike in the producer's rate,
 * slower consumers, or an outage. Each shows on the charts as a shaded band, so the reader can see
 * whether the run comes back once the trouble is gone.
 */
import type { InjectedTrigger } from '../../sim/triggers.ts';
import { playgroundStore } from '../../store/index.ts';

const TRIGGERS: readonly { label: string; help: string; trigger: InjectedTrigger }[] = [
  {
    label: 'Spike',
    help: 'The producer sends three times as fast for one second.',
    trigger: { kind: 'spike', durationMs: 1000, factor: 3 },
  },
  {
    label: 'Slow the consumers',
    help: 'For two seconds, each message the consumers start takes three times as long.',
    trigger: { kind: 'slowdown', durationMs: 2000, factor: 3 },
  },
  {
    label: 'Outage',
    help: 'The consumers stall for one second: what they hold waits, and the queue keeps filling.',
    trigger: { kind: 'outage', durationMs: 1000 },
  },
];

export function TriggerButtons() {
  return (
    <div className="trigger-buttons" role="group" aria-label="Cause trouble">
      {TRIGGERS.map(({ label, help, trigger }) => (
        <button
          key={trigger.kind}
          type="button"
          className="button"
          title={help}
          data-trigger={trigger.kind}
          onClick={() => playgroundStore.getState().inject(trigger)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
