/**
 * Trouble at a set time, or at the press of a button: a spike in the producer's rate, slower
 * consumers, or an outage: consumers that stall, or a server that crashes and resets its
 * connections (resetOutage.ts). The engine schedules each trigger's start and end; this module
 * keeps what is in effect now, and a bounded record of when each happened, for the charts' bands.
 */
import type { Trigger, TriggerKind } from './scenario.ts';

/** What an outage does to the work in flight: it waits (stall) or fails at once (reset). */
export type OutageMode = Extract<Trigger, { kind: 'outage' }>['mode'];

export const TRIGGER_KINDS = [
  'spike',
  'slowdown',
  'outage',
] as const satisfies readonly TriggerKind[];

/** One trigger's time on the charts: [fromMs, toMs) of simulated time. */
export interface TriggerBand {
  kind: TriggerKind;
  fromMs: number;
  toMs: number;
  /** The rate or service-time factor; 1 for an outage. */
  factor: number;
}

interface Effect {
  id: number;
  kind: TriggerKind;
  factor: number;
  reset: boolean;
}

/** Trouble started at the press of a button: starts now, lasts `durationMs`. */
export interface InjectedTrigger {
  kind: TriggerKind;
  durationMs: number;
  /** Rate or service-time factor; ignored for an outage. */
  factor?: number;
  /** An outage's mode; 'stall' when left out. Ignored for the other kinds. */
  mode?: OutageMode;
}

/** How many bands are kept: the charts show a bounded history, and so does this. */
export const MAX_BANDS = 64;

export class TriggerEffects {
  /** The producer's rate is multiplied by this (the product of the spikes in effect). */
  rateFactor = 1;
  /** Services that start now take this many times as long (the product of the slowdowns). */
  serviceFactor = 1;
  /** Outages in effect: while above 0 the consumers stall. */
  outages = 0;
  /** Of those, the ones that reset: while above 0 the server is down and refuses every attempt. */
  resets = 0;
  readonly bands: TriggerBand[] = [];
  private readonly active: Effect[] = [];
  private nextId = 0;

  /** Puts a trigger in effect; returns the id its end will name. `reset` only for an outage. */
  begin(kind: TriggerKind, factor: number, fromMs: number, toMs: number, reset = false): number {
    const id = this.nextId++;
    this.active.push({ id, kind, factor, reset });
    this.bands.push({ kind, fromMs, toMs, factor });
    if (this.bands.length > MAX_BANDS) this.bands.shift();
    if (kind === 'outage') this.outages++;
    if (reset) this.resets++;
    this.recompute();
    return id;
  }

  /** Ends the trigger `id`; returns its kind, or null if it is not in effect. */
  end(id: number): TriggerKind | null {
    const i = this.active.findIndex((e) => e.id === id);
    if (i < 0) return null;
    const [e] = this.active.splice(i, 1) as [Effect];
    if (e.kind === 'outage') this.outages--;
    if (e.reset) this.resets--;
    this.recompute();
    return e.kind;
  }

  /** Products recomputed from what is in effect, so factors never drift by repeated division. */
  private recompute(): void {
    let rate = 1;
    let service = 1;
    for (const e of this.active) {
      if (e.kind === 'spike') rate *= e.factor;
      else if (e.kind === 'slowdown') service *= e.factor;
    }
    this.rateFactor = rate;
    this.serviceFactor = service;
  }
}
