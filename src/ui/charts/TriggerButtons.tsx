/**
 * Trouble at the press of a button, in the running simulation: a spike in the producer's rate,
 * slower consumers, an outage that stalls them, or a crash (an outage that resets: everything in
 * flight fails at once, so retries line up). Each shows on the charts as a shaded band, so the
 * reader can see whether the run comes back once the trouble is gone.
 */
import type { InjectedTrigger } from '../../sim/triggers.ts';
import { playgroundStore } from '../../store/index.ts';

const TRIGGERS: readonly {
  id: string;
  label: string;
  help: string;
  trigger: InjectedTrigger;
}[] = [
  {
    id: 'spike',
    label: 'Spike',
    help: 'The producer sends three times as fast for one second.',
    trigger: { kind: 'spike', durationMs: 1000, factor: 3 },
  },
  {
    id: 'slowdown',
    label: 'Slow the consumers',
    help: 'For two seconds, each message the consumers start takes three times as long.',
    trigger: { kind: 'slowdown', durationMs: 2000, factor: 3 },
  },
  {
    id: 'outage',
    label: 'Outage',
    help: 'The consumers stall for one second: what they hold waits, and the queue keeps filling.',
    trigger: { kind: 'outage', durationMs: 1000 },
  },
  {
    id: 'crash',
    label: 'Crash',
    help: 'The server is down for two seconds: everything waiting or in service fails at once, and each attempt until it is back is refused at once. Retries without jitter come back together.',
    trigger: { kind: 'outage', durationMs: 2000, mode: 'reset' },
  },
];

export function TriggerButtons() {
  return (
    <div className="trigger-buttons" role="group" aria-label="Cause trouble">
      {TRIGGERS.map(({ id, label, help, trigger }) => (
        <button
          key={id}
          type="button"
          className="button"
          title={help}
          data-trigger={id}
          onClick={() => playgroundStore.getState().inject(trigger)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
