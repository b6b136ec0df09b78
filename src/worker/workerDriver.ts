/**
 * The page's side of the simulation worker: sends commands, and keeps a mirror of the run (clock,
 * summary, producer state, series) from the worker's messages, which is what React reads. Each of
 * the worker's frames is applied in one task: the numbers go into the mirror and to the store's
 * listeners, and the stage's picture onto its canvas, so React renders the cards (a synchronous
 * update, flushed before the page paints) in the same frame as the picture that writes them.
 */
import type { StageInput, StageViewParams } from '../render/stagePainter.ts';
import { Blocked } from '../sim/blocked.ts';
import type { Scenario } from '../sim/scenario.ts';
import { emptySummary } from './emptySummary.ts';
import type { Summary } from '../sim/types.ts';
import type { SinceChange } from '../sim/summary.ts';
import type { InjectedTrigger, TriggerBand } from '../sim/triggers.ts';
import type { SimDriver } from '../driver/simDriver.ts';
import type { SimReadout } from '../driver/simReadout.ts';
import type { StageSeriesView } from '../sim/pipeline/stageSeries.ts';
import { MirroredSeries } from './seriesRows.ts';
import type { MirroredStageSeries } from './stageMirror.ts';
import type {
  FrameMessage,
  FromWorker,
  LiveMessage,
  SeriesRows,
  StageMessage,
  ToWorker,
} from './protocol.ts';

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
  private lastSince: SinceChange | null = null;

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

  summarySinceChange(): SinceChange | null {
    return this.lastSince;
  }

  triggerBands(): readonly TriggerBand[] {
    return this.bands;
  }

  take(message: LiveMessage): void {
    this.now = message.now;
    this.last = message.summary;
    this.lastSince = message.sinceChange;
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

export class WorkerDriver implements SimDriver {
  readonly kind = 'worker';
  private mirror: RunMirror;
  private readonly listeners = new Set<(fresh: boolean) => void>();
  private readonly stageListeners = new Set<(message: StageMessage) => void>();
  private lastFrameNow = 0;
  /**
   * The oldest of the worker's runs the page still wants to hear about: a load starts a new one,
   * and until its first message comes, frames still on their way about the old run are dropped (a
   * tour step that watched the numbers for a crash saw the last run's crash in them and called its
   * own fresh run crashed). A lower bound: the worker also starts a run when an apply cannot change
   * the running one in place.
   */
  private wantedRun = 1;
  private newestRun = 0;
  /** Whether the mirror is the empty one a load made, which the loaded run's first frame fills. */
  private loadedEmpty = false;
  /** Puts the stage's pictures on its canvas (null while no stage is attached). */
  private present: ((picture: ImageBitmap) => void) | null = null;

  constructor(
    scenario: Scenario,
    private readonly port: WorkerPort,
  ) {
    this.mirror = new RunMirror(scenario);
    port.onmessage = (event) => this.receive(event.data);
    this.send({ type: 'load', scenario });
  }

  get readout(): SimReadout {
    return this.mirror;
  }

  load(scenario: Scenario): void {
    // From now on the page reads the new run, empty until the worker's first frame of it, as a
    // local run reads at once: never the old run's numbers under the new scenario.
    this.wantedRun = Math.max(this.newestRun, this.wantedRun) + 1;
    this.mirror = new RunMirror(scenario);
    this.lastFrameNow = 0;
    this.loadedEmpty = true;
    this.send({ type: 'load', scenario });
    for (const listener of this.listeners) listener(true);
    // A new run follows no message: said at once, as the worker's stage forgets it. Its own word
    // may never come: a second load before the worker drew the first run sends it in a frame that
    // is dropped, and the second run has nothing new to say (a reader's followed message, long
    // delivered, stayed told under every run after it).
    for (const listener of this.stageListeners) listener({ type: 'story', text: '' });
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

  /**
   * Asks the worker to draw a stage for this view; `present` puts each picture on the page's canvas,
   * in the same task as the numbers that came with it reach the store. Returns a detach.
   */
  attachStage(
    view: StageViewParams,
    present: (picture: ImageBitmap) => void,
    reportLabels = false,
    stamp = false,
  ): () => void {
    this.present = present;
    this.send({ type: 'stage', view, reportLabels, stamp });
    return () => {
      if (this.present === present) this.present = null;
    };
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

  private send(message: ToWorker): void {
    this.port.postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'error') console.error(`simulation worker: ${message.message}`);
    else this.applyFrame(message);
  }

  /** All in this one task: the numbers, the picture that writes them, and the stage's words. */
  private applyFrame({ live, picture, stage }: FrameMessage): void {
    if (live !== null && live.run < this.wantedRun) {
      // About a run the page has left: its picture and words would show the old run again.
      if (picture !== null) {
        picture.close();
        this.send({ type: 'presented' });
      }
      // Except where the stage's parts are, which is the layout's, not the run's, and said once
      // per layout: dropped, the tour's rings had nothing to go round (a tour opened by a link
      // loads its step's run as the stage first reports them).
      for (const said of stage)
        if (said.type === 'regions') for (const listener of this.stageListeners) listener(said);
      return;
    }
    if (live !== null) {
      this.newestRun = Math.max(this.newestRun, live.run);
      this.takeLive(live);
    }
    if (picture !== null) {
      if (this.present !== null) this.present(picture);
      else picture.close();
      this.send({ type: 'presented' });
    }
    // The stage painter's words: the page's stage shell knows what to do with each.
    for (const said of stage) for (const listener of this.stageListeners) listener(said);
  }

  private takeLive(live: LiveMessage): void {
    // A loaded run's first frame fills the mirror the load made; readers started over then.
    const startsOver = live.fresh && !this.loadedEmpty;
    this.loadedEmpty = false;
    if (startsOver) {
      // A new object for a new run, so readers that compare identity know to start over.
      this.mirror = new RunMirror(this.mirror.scenario);
      this.lastFrameNow = 0;
    }
    this.mirror.take(live);
    for (const listener of this.listeners) listener(startsOver);
  }
}
