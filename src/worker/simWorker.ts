/**
 * The simulation worker: the engine, its clock and (when the page shows a stage) the stage painter,
 * all off the page's main thread. It runs its own animation frames, advances the run by the wall time
 * since the last frame times the speed within a work budget, and paints the stage on a canvas of its
 * own (an OffscreenCanvas on no page). Each picture it draws goes to the page as an ImageBitmap, and
 * the numbers React shows (at most ten times a second) travel in the same message as the picture that
 * writes them: the page puts both on screen in one task, so the stage and the cards never disagree
 * in a frame. (A canvas handed over with transferControlToOffscreen reaches the screen on the
 * worker's own schedule, a frame or two apart from the page's: a reader saw "171 waiting" on the
 * stage under the card's 177.)
 */
import { preparePalette } from '../render/paint.ts';
import type { Ctx2D } from '../render/draw/ctx.ts';
import { StagePainter } from '../render/stagePainter.ts';
import { stageNumbersFrom } from '../render/stageNumbers.ts';
import type { Scenario } from '../sim/scenario.ts';
import { LIVE_INTERVAL_MS, MAX_FRAME_MS } from '../driver/frameTiming.ts';
import { LocalDriver } from '../driver/localDriver.ts';
import { BLOCK_STYLES, DROP_REASON_STYLE } from '../render/palette.ts';
import {
  MAX_UNPRESENTED,
  type FromWorker,
  type LiveMessage,
  type StageMessage,
  type ToWorker,
} from './protocol.ts';
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
/** The stage's canvas: on no page; each picture drawn on it is handed to the page. */
let surface: OffscreenCanvas | null = null;
/** What the painter said while drawing, sent with the picture it drew. */
let said: StageMessage[] = [];
let scheduled = false;
let lastFrame: number | null = null;
let lastLive = -Infinity;
/** The page's numbers are out of date: send them with the next picture. */
let liveDue = false;
/** Pictures sent that the page has not yet said it put on its canvas. */
let unpresented = 0;
/** A frame was held back for the page to catch up: draw it when the page says it has. */
let behind = false;
/** Samples of the current run already sent to the page. */
let seriesSent = 0;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** The run's numbers now, for the cards; the stage is given them to write (with their instant). */
function liveNow(engine: LocalDriver['engine'], transfer: Transferable[]): LiveMessage {
  const series = rowsSince(engine.series, seriesSent);
  const stageSeries = engine.stageSeries && rowsSince(engine.stageSeries, seriesSent);
  seriesSent = engine.series.total;
  for (const rows of [series, stageSeries]) if (rows) transfer.push(rows.rows.buffer);
  const summary = engine.summary();
  if (painter !== null) {
    // The stage writes exactly these numbers and draws the run as it stands now (its moment): the
    // picture that goes with them shows blocks, words and cards of one instant.
    const numbers = stageNumbersFrom(
      summary,
      engine.series,
      engine.scenario.metrics.sampleIntervalMs,
      engine,
    );
    painter.publish(numbers, painter.capture(engine, numbers));
  }
  const message: LiveMessage = {
    type: 'live',
    fresh,
    run,
    now: engine.now,
    summary,
    sinceChange: engine.summarySinceChange(),
    blocked: engine.blocked,
    crashed: engine.crashed,
    restartAt: engine.restartAt,
    rateCap: engine.rateCap,
    bands: engine.triggerBands().slice(),
    series,
    stageSeries,
  };
  fresh = false;
  return message;
}

/**
 * Draws the stage if anything changed and sends the page one frame: the picture, the numbers when
 * they are due (the picture then writes them), and what the stage said while drawing.
 */
function show(now: number): void {
  if (driver === null) return;
  // The page has not put the last pictures on its canvas yet (its thread is busy): nothing more,
  // numbers included, until it has; they would only queue up there.
  if (painter !== null && unpresented >= MAX_UNPRESENTED) {
    behind = true;
    return;
  }
  const transfer: Transferable[] = [];
  let live: LiveMessage | null = null;
  if (liveDue) {
    liveDue = false;
    lastLive = now;
    live = liveNow(driver.engine, transfer);
  }
  const drawn = painter?.frame(driver.engine, now) ?? false;
  const picture = drawn && surface !== null ? surface.transferToImageBitmap() : null;
  if (picture !== null) {
    transfer.push(picture);
    unpresented++;
  }
  if (live === null && picture === null && said.length === 0) return;
  post({ type: 'frame', live, picture, stage: said }, transfer);
  said = [];
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
  if (stopped || (asked > 0 && now - lastLive >= LIVE_INTERVAL_MS)) liveDue = true;
  show(now);
  // A paused stage with nothing moving needs no frames until the next command.
  if (playing || painter?.animating) schedule();
}

function afterCommand(): void {
  liveDue = true;
  show(clock());
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
      // On pause the numbers show exactly where the run stopped (as after every command).
      playing = message.playing;
      lastFrame = null;
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
      if (hidden && playing) {
        liveDue = true;
        show(clock());
      }
      schedule();
      return;
    case 'stage': {
      const view = message.view;
      surface = new OffscreenCanvas(
        Math.max(1, view.backingWidth),
        Math.max(1, view.backingHeight),
      );
      const ctx = surface.getContext('2d', { alpha: false }) as Ctx2D | null;
      if (ctx === null) {
        surface = null;
        painter = null;
        const text = 'The animated stage could not start in this browser.';
        post({ type: 'frame', live: null, picture: null, stage: [{ type: 'describe', text }] });
        return;
      }
      const say = (message: StageMessage) => void said.push(message);
      const palette = preparePalette({ blocks: BLOCK_STYLES, reasons: DROP_REASON_STYLE });
      painter = new StagePainter(
        ctx,
        palette,
        clock,
        {
          describe: (text) => say({ type: 'describe', text }),
          story: (text) => say({ type: 'story', text }),
          moment: (text) => say({ type: 'moment', text }),
          labels: (frame) => say({ type: 'labels', frame }),
          regions: (regions) => say({ type: 'regions', regions }),
          words: (boxes) => say({ type: 'words', boxes }),
        },
        message.reportLabels === true,
        message.stamp === true,
      );
      resizeStage(message.view);
      break;
    }
    case 'stage-view':
      resizeStage(message.view);
      break;
    case 'presented':
      // Not a command: nothing to send back but the frame it may have held back.
      unpresented = Math.max(0, unpresented - 1);
      if (behind) {
        behind = false;
        show(clock());
        schedule();
      }
      return;
    case 'stage-input':
      painter?.input(message.input);
      show(clock());
      schedule();
      return;
  }
  afterCommand();
}

function resizeStage(view: Parameters<StagePainter['setView']>[0]): void {
  if (surface === null || painter === null) return;
  if (surface.width !== view.backingWidth) surface.width = view.backingWidth;
  if (surface.height !== view.backingHeight) surface.height = view.backingHeight;
  painter.setView(view);
}

scope.onmessage = (event) => {
  try {
    handle(event.data);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
