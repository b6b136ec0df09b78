import { Blocked, type Engine } from '../engine.ts';
import { DEFAULT_LIMITS, type EngineLimits } from '../limits.ts';
import { MAX_WORKERS } from '../scenario.ts';
import { WorkerState } from '../worker.ts';
import { conservationGap } from './conservation.ts';
import { creditWindowOf } from '../creditWindow.ts';

/**
 * What must hold after every event of any run, counted by walking the engine's structures
 * (Engine.inspect) rather than read from the counters the engine keeps, so a counter that drifts is
 * caught. Returns the first broken rule as a sentence, or null.
 */
export function brokenInvariant(sim: Engine, limits: EngineLimits = DEFAULT_LIMITS): string | null {
  const gap = conservationGap(sim);
  if (gap !== 0) return `conservation broken: gap ${gap}`;

  // Copies whose requester gave up, found where they are, against the engine's count of them. In a
  // pipeline a copy goes on being worked on down the chain: held by a consumer waiting to hand it
  // on, or in a later stage.
  let abandoned = 0;
  const held = sim.inspect((m, place) => {
    if (
      m.abandoned &&
      (place === 'waiting' ||
        place === 'in-service' ||
        place === 'handing-on' ||
        place === 'later-stage')
    )
      abandoned++;
  });
  if (abandoned !== sim.abandonedHere)
    return `${abandoned} abandoned copies still being worked on, the engine counts ${sim.abandonedHere}`;
  if (held.waiting !== sim.room.count)
    return `${held.waiting} waiting, room says ${sim.room.count}`;
  if (held.inService !== sim.inService)
    return `inService ${sim.inService} but ${held.inService} workers hold a message`;
  if (held.rateDelayed !== sim.rateDelayed)
    return `rateDelayed ${sim.rateDelayed} but ${held.rateDelayed} delayed requests pending`;
  if (held.retryWaiting !== sim.retryWaiting)
    return `retryWaiting ${sim.retryWaiting} but ${held.retryWaiting} retries pending`;

  let idle = 0;
  let blocked = 0;
  for (const w of sim.workers) if (w.state === WorkerState.idle) idle++;
  for (const w of sim.workers.concat(sim.retiring)) if (w.state === WorkerState.blocked) blocked++;
  if (sim.readyWorkers - sim.inService !== idle + blocked)
    return `${sim.readyWorkers} ready and ${sim.inService} busy, but ${idle} idle and ${blocked} blocked`;
  if (held.handingOn !== (sim.pipeline?.firstHolding ?? 0))
    return `${held.handingOn} consumers hold a message to hand on, the pipeline says ${sim.pipeline?.firstHolding ?? 0}`;

  if (sim.crashed && held.waiting + held.inService > 0)
    return `a crashed consumer holds ${held.waiting} waiting and ${held.inService} in service`;
  if (sim.triggers.resets > 0 && held.waiting + held.inService > 0)
    return `a server down in a reset holds ${held.waiting} waiting and ${held.inService} in service`;

  // The credit window: every credit is with the producer, held by a message, or on its way back.
  const f = sim.scenario.feedback;
  const window = creditWindowOf(sim.scenario);
  if (window !== null) {
    const total = sim.credits + held.creditedMessages + held.creditsInFlight;
    if (total !== window)
      return `credits ${sim.credits} + ${held.creditedMessages} held by messages + ${held.creditsInFlight} returning = ${total}, window in force ${window}`;
  }

  // A blocked producer waits for something that is not there.
  if (sim.blocked === Blocked.noCredit && (f.kind !== 'credit' || sim.credits >= 1))
    return `the producer waits for credit with ${sim.credits} in hand (${f.kind} feedback)`;
  const m = sim.held;
  if (sim.blocked === Blocked.queueFull && m !== null && !sim.crashed) {
    const q = sim.scenario.queue;
    const workers = sim.workers;
    // During an outage an idle worker takes nothing: it is not free for the held message.
    const idleFor =
      sim.triggers.outages === 0 &&
      (sim.scenario.consumers.ordering === 'per-key'
        ? workers[m.key % workers.length]?.state === WorkerState.idle
        : workers.some((w) => w.state === WorkerState.idle));
    const full = sim.room.count >= (q.capacity ?? Infinity);
    if (q.whenFull !== 'block' || !full || idleFor)
      return `the producer is blocked, but the queue ${full ? 'is full' : 'has room'}, whenFull is ${q.whenFull} and ${idleFor ? 'a' : 'no'} worker is free for it`;
  }

  // Memory: what the engine holds never passes the limits (one message over the machine's limit
  // is what crashes it, and is gone with the crash).
  if (held.waiting > limits.hostMessages)
    return `${held.waiting} waiting, above the machine's ${limits.hostMessages}`;
  if (held.retryWaiting > limits.retryWaiting)
    return `${held.retryWaiting} waiting to retry, above ${limits.retryWaiting}`;
  if (held.spare > limits.spareMessages)
    return `${held.spare} spare messages, above ${limits.spareMessages}`;
  if (held.signalsInFlight > limits.signalsInFlight)
    return `${held.signalsInFlight} signals in flight, above ${limits.signalsInFlight}`;
  // Requests the rate limit delays are as many as its burst lets in, whatever memory there is.
  const most =
    limits.hostMessages +
    limits.retryWaiting +
    limits.spareMessages +
    2 * MAX_WORKERS +
    1 +
    held.rateDelayed;
  if (held.messages > most) return `${held.messages} messages held, above ${most}`;
  return null;
}
