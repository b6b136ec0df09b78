/**
 * Every sentence the game page says about the rules, built from the rules themselves, so the help,
 * the strategy switcher, the announcements and the game-over screen never disagree with the game.
 */
import type { GameRules, GameStrategy } from '../../game/rules.ts';
import type { GameOverReason, GameView, HelperPhase } from '../../game/types.ts';
import { formatMs, formatNumber, formatPercent } from '../../domain/format.ts';

/** Bytes as whole kilobytes (1 KB = 1000 bytes, as in the playground). */
export function kb(bytes: number): string {
  return `${formatNumber(bytes / 1000)} KB`;
}

/** Simulated time as a game clock: 1:05. */
export function gameClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * How long each strategy was in play, for the game-over screen: "Block 12 s, Drop oldest 1:05".
 * Short spells read in seconds (a clock would print 0:00 for a strategy tried for half a second),
 * and a strategy touched for less than a tenth of a second is left out.
 */
export function timePerStrategy(
  timeByStrategy: Readonly<Record<GameStrategy, number>>,
  order: readonly GameStrategy[],
  rules: GameRules,
): string {
  return order
    .filter((s) => timeByStrategy[s] >= 100)
    .map((s) => {
      const ms = timeByStrategy[s];
      const spell =
        ms < 60_000 ? `${formatNumber(ms / 1000, ms < 10_000 ? 2 : 3)} s` : gameClock(ms);
      return `${strategyText(s, rules).label} ${spell}`;
    })
    .join(', ');
}

/** A rate in blocks a second, with one decimal, short enough for a phone's scoreboard. */
export function blocksPerSecond(rate: number): string {
  return `${rate.toFixed(1)}/s`;
}

export interface StrategyText {
  label: string;
  /** One line: what it protects and what it costs. */
  summary: string;
}

export function strategyText(strategy: GameStrategy, rules: GameRules): StrategyText {
  const { scoring, slowProducer } = rules;
  switch (strategy) {
    case 'unbounded':
      return {
        label: 'Keep everything',
        summary: `Nothing is lost, but memory grows with every block you leave; past ${kb(rules.memoryBudgetBytes)} it runs out.`,
      };
    case 'drop-oldest':
      return {
        label: 'Drop the oldest',
        summary: `Holds at most ${kb(rules.boundedCapacityBytes)}: makes room by throwing away the oldest blocks (−${scoring.perDrop} each). Waits stay short.`,
      };
    case 'reject-new':
      return {
        label: 'Reject new when full',
        summary: `Holds at most ${kb(rules.boundedCapacityBytes)}: turns new blocks away when full (−${scoring.perDrop} each). The waiting ones grow old.`,
      };
    case 'slow-producer':
      return {
        label: 'Slow the producer',
        summary: `Past ${kb(slowProducer.highWatermarkBytes)}, asks the producer to slow to ${formatPercent(slowProducer.slowFactor)}; the signal takes ${formatMs(slowProducer.signalDelayMs)} to arrive. Nothing is lost, but each block held back costs ${scoring.perHeldBack}.`,
      };
  }
}

/** When the game ends, in one sentence. */
export function endRule(rules: GameRules): string {
  return `The game ends when the buffer needs more than ${kb(rules.memoryBudgetBytes)} of memory (out of memory), or when ${rules.dropBudget} messages have been lost.`;
}

export function levelAnnouncement(level: number, ratePerSec: number): string {
  return `Level ${level}: about ${ratePerSec.toFixed(1)} blocks a second.`;
}

export function strategyAnnouncement(strategy: GameStrategy, rules: GameRules): string {
  const { label, summary } = strategyText(strategy, rules);
  return `Strategy: ${label}. ${summary}`;
}

export function helperAnnouncement(phase: HelperPhase, rules: GameRules): string {
  switch (phase) {
    case 'starting':
      return `Helper called (−${rules.scoring.perHelper}): it starts in ${formatMs(rules.helper.startupMs)}.`;
    case 'working':
      return `The helper is working for ${formatMs(rules.helper.workMs)}.`;
    case 'resting':
      return `The helper has stopped; it can be called again in ${formatMs(rules.helper.cooldownMs)}.`;
    case 'ready':
      return 'A helper is ready: press H to call it.';
  }
}

/** The helper's state for its status line, with the time left where there is one. */
export function helperStatus(view: GameView): string {
  const left = formatMs(Math.max(0, view.helper.phaseEndsAt - view.now));
  switch (view.helper.phase) {
    case 'ready':
      return 'Ready to call.';
    case 'starting':
      return `Starting: ${left}.`;
    case 'working':
      return `Working: ${left} left.`;
    case 'resting':
      return `Resting: ready again in ${left}.`;
  }
}

/** The producer's state: full speed, slowed, and any signal on its way. */
export function producerStatus(view: GameView, rules: GameRules): string {
  const state = view.producer.slowed
    ? `slowed to ${formatPercent(rules.slowProducer.slowFactor)}`
    : 'full speed';
  const next = view.producer.signals[0];
  if (!next) return `Producer: ${state}.`;
  const eta = formatMs(Math.max(0, next.landsAt - view.now));
  return `Producer: ${state}; a “${next.kind === 'slow' ? 'slow down' : 'resume'}” signal lands in ${eta}.`;
}

export function gameOverTitle(reason: GameOverReason): string {
  return reason === 'out-of-memory' ? 'Out of memory' : 'Too many messages lost';
}

export function gameOverExplanation(view: GameView, rules: GameRules): string {
  if (view.over?.reason === 'too-many-drops')
    return `${view.counts.dropped} messages were thrown away or turned away: the most the downstream team accepts is ${rules.dropBudget}.`;
  return `The buffer needed ${kb(view.memoryBytes)}, more than the ${kb(rules.memoryBudgetBytes)} it may use. A real consumer would crash here, and the ${view.counts.waiting} messages it held would go with it.`;
}

export function gameOverAnnouncement(view: GameView, rules: GameRules): string {
  const reason = view.over ? gameOverTitle(view.over.reason) : '';
  return `Game over: ${reason}. ${gameOverExplanation(view, rules)} Score ${view.score.total}.`;
}

export interface BreakdownRow {
  label: string;
  /** How the points came about, e.g. "57 × 10". */
  detail: string;
  points: number;
}

/** The score, line by line, as the game-over screen shows it. Adds up to `view.score.total`. */
export function scoreBreakdown(view: GameView, rules: GameRules): BreakdownRow[] {
  const { counts, score, latency } = view;
  const s = rules.scoring;
  return [
    {
      label: 'Delivered',
      detail: `${counts.delivered} × ${s.perDelivery}${counts.deliveredByHelper > 0 ? ` (${counts.deliveredByHelper} by the helper)` : ''}`,
      points: score.deliveries,
    },
    {
      label: 'Waiting',
      detail: `average wait ${formatMs(latency.meanMs)}, longest ${formatMs(latency.maxMs)}`,
      points: -score.latency,
    },
    {
      label: 'Lost',
      detail: `${counts.dropped} × ${s.perDrop} (${counts.evicted} oldest thrown away, ${counts.rejected} new turned away)`,
      points: -score.drops,
    },
    {
      label: 'Held back at the producer',
      detail: `${counts.heldBack} × ${s.perHeldBack}`,
      points: -score.heldBack,
    },
    {
      label: 'Empty columns pressed',
      detail: `${counts.emptyPresses} × ${s.perEmptyPress}`,
      points: -score.emptyPresses,
    },
    {
      label: 'Helpers',
      detail: `${counts.helpersCalled} × ${s.perHelper}`,
      points: -score.helpers,
    },
  ];
}

/** Signed points as shown in the breakdown and the feedback line: +10, −15, 0. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${-points}`;
  return '0';
}
