/**
 * The simulation worker: the engine, its clock and (when the page hands over an OffscreenCanvas) the
 * stage, all off the page's main thread. It runs its own animation frames, advances the run by the
 * wall time since the last frame times the speed within a work budget, paints, and posts the numbers
 * React shows at most ten times a second.
 */
import { preparePalette } from '../render/paint.ts';
import type { Ctx2D } from '../render/draw/ctx.ts';
import { StagePainter } from '../render/stagePainter.ts';
import type { StageMoment } from '../render/stageMoment.ts';
import { stageNumbersFrom, type StageNumbers } from '../render/stageNumbers.ts';
import type { Scenario } from '../sim/scenario.ts';
import { LIVE_INTERVAL_MS, MAX_FRAME_MS } from '../driver/frameTiming.ts';
import { LocalDriver } from '../driver/localDriver.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../render/palette.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { HeldNumbers } from './heldNumbers.ts';
import { rowsSince } from './seriesRows.ts';

/** Simulation work per frame; the worker has a thread of its own, so it may take most of a frame. */
const WORK_BUDGET_MS = 11;

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  requestAnimationFrame?: (callback: (now: number) => void) => number;
}
const scope = self as unknown as WorkerScope;

const clock = () => performance.now();
const nextFrame: (callback: (now: number) => void) => void =
  typeof scope.requestAnimationFrame === 'function'
    ? (callback) => scope.requestAnimationFrame?.(callback)
    : (callback) => setTimeout(() => callback(clock()), 16);

let driver: LocalDriver | null = null;
let run = 0;
let fresh = true;
let playing = false;
let speed = 1;
/** The exercise's end, simulated ms, which a playing run does not pass. */
let stopAt: number | null = null;
let hidden = false;
let painter: StagePainter | null = null;
let canvas: OffscreenCanvas | null = null;
let scheduled = false;
let lastFrame: number | null = null;
let lastLive = -Infinity;
/** Samples of the current run already sent to the page. */
let seriesSent = 0;
/**
 * What the stage shows of each instant sent to the page (its numbers, and the run's picture then),
 * until the page has shown that instant's numbers on its cards.
 */
const held = new HeldNumbers<{ numbers: StageNumbers; moment: StageMoment | null }>();

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function sendLive(): void {
  if (driver === null) return;
  const engine = driver.engine;
  const series = rowsSince(engine.series, seriesSent);
  const stageSeries = engine.stageSeries && rowsSince(engine.stageSeries, seriesSent);
  seriesSent = engine.series.total;
  const transfer = [series, stageSeries].flatMap((rows) => (rows ? [rows.rows.buffer] : []));
  const summary = engine.summary();
  // The stage writes exactly these numbers and draws the run as it stands now, once the page says
  // its cards show them ('shown'): blocks, words and cards then tell of one instant.
  const numbers = stageNumbersFrom(
    summary,
    engine.series,
    engine.scenario.metrics.sampleIntervalMs,
    engine,
  );
  held.hold(run, engine.now, { numbers, moment: painter?.capture(engine, numbers) ?? null });
  post(
    {
      type: 'live',
      fresh,
      run,
      now: engine.now,
      summary,
      blocked: engine.blocked,
      crashed: engine.crashed,
      restartAt: engine.restartAt,
      rateCap: engine.rateCap,
      bands: engine.triggerBands().slice(),
      series,
      stageSeries,
    },
    transfer,
  );
  fresh = false;
}

function start(scenario: Scenario): void {
  driver = new LocalDriver(scenario);
  driver.setStopAt(stopAt);
  run++;
  fresh = true;
  seriesSent = 0;
}

function wanted(): boolean {
  return !hidden && (playing || painter !== null);
}

function schedule(): void {
  if (scheduled || !wanted()) return;
  scheduled = true;
  nextFrame(frame);
}

function frame(now: number): void {
  scheduled = false;
  if (!wanted() || driver === null) {
    lastFrame = null;
    return;
  }
  const dtMs = lastFrame === null ? 0 : Math.min(Math.max(now - lastFrame, 0), MAX_FRAME_MS);
  lastFrame = now;
  const asked = playing && dtMs > 0 ? dtMs * speed : 0;
  if (asked > 0) driver.frame(asked, clock, WORK_BUDGET_MS);
  // At the exercise's end the run stops exactly there, and the page hears of it at once.
  const stopped = playing && driver.atStop;
  if (stopped) playing = false;
  if (stopped || (asked > 0 && now - lastLive >= LIVE_INTERVAL_MS)) {
    lastLive = now;
    sendLive();
  }
  painter?.frame(driver.engine, now);
  // A paused stage with nothing moving needs no frames until the next command.
  if (playing || painter?.animating) schedule();
}

function afterCommand(): void {
  sendLive();
  if (driver !== null) painter?.frame(driver.engine, clock());
  schedule();
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'load':
      start(message.scenario);
      break;
    case 'apply':
      if (driver === null) start(message.scenario);
      else {
        const before = driver.engine;
        driver.apply(message.scenario);
        if (driver.engine !== before) {
          run++;
          fresh = true;
          seriesSent = 0;
        }
      }
      break;
    case 'step':
      playing = false;
      driver?.step();
      break;
    case 'inject':
      driver?.inject(message.trigger);
      break;
    case 'playing':
      playing = message.playing;
      lastFrame = null;
      // On pause the numbers show exactly where the run stopped.
      if (!playing) sendLive();
      break;
    case 'speed':
      speed = message.speed;
      return;
    case 'stop-at':
      driver?.setStopAt(message.ms);
      stopAt = message.ms;
      return;
    case 'hidden':
      hidden = message.hidden;
      lastFrame = null;
      // The page hears exactly where the run stood as it stopped, not the last throttled refresh,
      // so the numbers a hidden tab shows are the ones it resumes from.
      if (hidden && playing) sendLive();
      schedule();
      return;
    case 'stage': {
      canvas = message.canvas;
      const ctx = canvas.getContext('2d', { alpha: false }) as Ctx2D | null;
      if (ctx === null) {
        post({ type: 'describe', text: 'The animated stage could not start in this browser.' });
        return;
      }
      const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });
      painter = new StagePainter(
        ctx,
        palette,
        clock,
        {
          describe: (text) => post({ type: 'describe', text }),
          story: (text) => post({ type: 'story', text }),
          moment: (text) => post({ type: 'moment', text }),
          labels: (frame) => post({ type: 'labels', frame }),
          regions: (regions) => post({ type: 'regions', regions }),
          words: (boxes) => post({ type: 'words', boxes }),
        },
        message.reportLabels === true,
      );
      resizeStage(message.view);
      break;
    }
    case 'stage-view':
      resizeStage(message.view);
      break;
    case 'shown': {
      const shown = held.release(message.run, message.now);
      if (shown !== null) {
        painter?.publish(shown.numbers, shown.moment);
        schedule();
      }
      // Not a command: nothing to send back (that would answer every acknowledgement with another).
      return;
    }
    case 'stage-input':
      painter?.input(message.input);
      if (driver !== null) painter?.frame(driver.engine, clock());
      schedule();
      return;
  }
  afterCommand();
}

function resizeStage(view: Parameters<StagePainter['setView']>[0]): void {
  if (canvas === null || painter === null) return;
  if (canvas.width !== view.backingWidth) canvas.width = view.backingWidth;
  if (canvas.height !== view.backingHeight) canvas.height = view.backingHeight;
  painter.setView(view);
}

scope.onmessage = (event) => {
  try {
    handle(event.data);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
