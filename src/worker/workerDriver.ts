/**
 * The page's side of the simulation worker: sends commands, and keeps a mirror of the run (clock,
 * summary, producer state, series) from the worker's messages, which is what React reads.
 */
import type { StageInput, StageViewParams } from '../render/stagePainter.ts';
import { Blocked } from '../sim/blocked.ts';
import type { Scenario } from '../sim/scenario.ts';
import { emptySummary } from './emptySummary.ts';
import type { Summary } from '../sim/types.ts';
import type { InjectedTrigger, TriggerBand } from '../sim/triggers.ts';
import type { SimDriver } from '../driver/simDriver.ts';
import type { SimReadout } from '../driver/simReadout.ts';
import type { StageSeriesView } from '../sim/pipeline/stageSeries.ts';
import { MirroredSeries } from './seriesRows.ts';
import type { MirroredStageSeries } from './stageMirror.ts';
import type { FromWorker, LiveMessage, SeriesRows, StageMessage, ToWorker } from './protocol.ts';

/** The mirror: plain fields the worker's messages overwrite. */
class RunMirror implements SimReadout {
  now = 0;
  blocked: Blocked = Blocked.no;
  crashed = false;
  restartAt = 0;
  rateCap = Infinity;
  private bands: readonly TriggerBand[] = [];
  readonly series: MirroredSeries;
  /** A pipeline's per-stage series, once its module is in (the first download does without it). */
  stageSeries: StageSeriesView | null = null;
  /** A pipeline's per-stage rows that came before that module. */
  private pending: SeriesRows[] | null = null;
  private last: Summary;

  constructor(public scenario: Scenario) {
    this.last = emptySummary(scenario);
    this.series = new MirroredSeries(scenario.metrics.seriesLength);
    if (scenario.downstream) {
      const pending: SeriesRows[] = (this.pending = []);
      void import('./stageMirror.ts').then(({ mirrorStages }) => {
        this.stageSeries = mirrorStages(scenario, pending);
        this.pending = null;
      });
    }
  }

  summary(): Summary {
    return this.last;
  }

  triggerBands(): readonly TriggerBand[] {
    return this.bands;
  }

  take(message: LiveMessage): void {
    this.now = message.now;
    this.last = message.summary;
    this.blocked = message.blocked;
    this.crashed = message.crashed;
    this.restartAt = message.restartAt;
    this.rateCap = message.rateCap;
    this.bands = message.bands;
    if (message.series !== null) this.series.append(message.series);
    const stageRows = message.stageSeries;
    if (stageRows === null) return;
    const mirror = this.stageSeries as MirroredStageSeries | null;
    if (mirror !== null) mirror.append(stageRows);
    else this.pending?.push(stageRows);
  }
}

/** What the driver needs of a Worker, so it can be tested with a fake. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

/** The page's next frame: what was rendered before it is drawn in it. */
function nextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 0);
}

export class WorkerDriver implements SimDriver {
  readonly kind = 'worker';
  private mirror: RunMirror;
  private readonly listeners = new Set<(fresh: boolean) => void>();
  private readonly stageListeners = new Set<(message: StageMessage) => void>();
  private lastFrameNow = 0;

  constructor(
    scenario: Scenario,
    private readonly port: WorkerPort,
    /** Calls back once the page has drawn what it just rendered. */
    private readonly afterPaint: (callback: () => void) => void = nextPaint,
  ) {
    this.mirror = new RunMirror(scenario);
    port.onmessage = (event) => this.receive(event.data);
    this.send({ type: 'load', scenario });
  }

  get readout(): SimReadout {
    return this.mirror;
  }

  load(scenario: Scenario): void {
    this.mirror.scenario = scenario;
    this.send({ type: 'load', scenario });
  }

  apply(scenario: Scenario): void {
    this.mirror.scenario = scenario;
    this.send({ type: 'apply', scenario });
  }

  step(): void {
    this.send({ type: 'step' });
  }

  inject(trigger: InjectedTrigger): void {
    this.send({ type: 'inject', trigger });
  }

  setPlaying(playing: boolean): void {
    this.send({ type: 'playing', playing });
  }

  setStopAt(ms: number | null): void {
    this.send({ type: 'stop-at', ms });
  }

  setSpeed(speed: number): void {
    this.send({ type: 'speed', speed });
  }

  setHidden(hidden: boolean): void {
    this.send({ type: 'hidden', hidden });
  }

  frame(): number {
    // The worker keeps its own clock; report how far the mirror moved since the last frame.
    const moved = Math.max(0, this.mirror.now - this.lastFrameNow);
    this.lastFrameNow = this.mirror.now;
    return moved;
  }

  /** Hands the stage's canvas to the worker, which paints it from then on. */
  attachStage(canvas: OffscreenCanvas, view: StageViewParams, reportLabels = false): void {
    this.port.postMessage({ type: 'stage', canvas, view, reportLabels }, [canvas]);
  }

  setStageView(view: StageViewParams): void {
    this.send({ type: 'stage-view', view });
  }

  /** Passes a reader's pick or key to the stage. */
  stageInput(input: StageInput): void {
    this.send({ type: 'stage-input', input });
  }

  /** Hears what the stage says (text alternative, story, moments, labels); returns an unsubscribe. */
  onStage(listener: (message: StageMessage) => void): () => void {
    this.stageListeners.add(listener);
    return () => this.stageListeners.delete(listener);
  }

  onUpdate(listener: (fresh: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
    this.stageListeners.clear();
    this.port.terminate();
  }

  /**
   * The listeners have put the numbers in the store, and React renders them before the page's next
   * frame is drawn: then the stage may write them too.
   */
  private acknowledge(run: number, now: number): void {
    this.afterPaint(() => this.send({ type: 'shown', run, now }));
  }

  private send(message: ToWorker): void {
    this.port.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'live':
        if (message.fresh) {
          // A new object for a new run, so readers that compare identity know to start over.
          const next = new RunMirror(this.mirror.scenario);
          this.mirror = next;
          this.lastFrameNow = 0;
        }
        this.mirror.take(message);
        for (const listener of this.listeners) listener(message.fresh);
        this.acknowledge(message.run, message.now);
        break;
      case 'error':
        console.error(`simulation worker: ${message.message}`);
        break;
      default:
        // The stage painter's words: the page's stage shell knows what to do with each.
        for (const listener of this.stageListeners) listener(message);
    }
  }
}
