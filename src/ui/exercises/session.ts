/**
 * The exercise session: which pack the list shows, following an exercise link (load its pack, open
 * the exercise with the learner's saved work), the learner's progress and its storage, and the
 * check being run. Created when first imported, which happens only for an exercise link or when
 * the Exercises button is used, so none of this costs the free playground anything.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CheckProgress, Exercise, ExercisePack } from '../../exercises/index.ts';
import { shortened } from '../../text/echo.ts';
import { parseScenario } from '../../sim/parseScenario.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { playgroundStore } from '../../store/index.ts';
import type { ExerciseRoute, PackRef } from '../../store/types.ts';
import { activeExercise } from './activeExercise.ts';
import { checkTimeLeft } from './checkTime.ts';
import { recallFilePack, rememberFilePack } from './filePackMemory.ts';
import { setListOpen } from './listOpen.ts';
import { builtInPack, packFromFiles, packFromUrl, type PackLoad } from './packSource.ts';
import {
  applyAttempt,
  attemptFrom,
  progressOf,
  sameAttempt,
  updateProgress,
  withCheck,
  type Attempt,
  type ExerciseProgress,
  type Progress,
} from './progress.ts';
import { browserStorage, NOTICES, readProgress, writeProgress } from './progressStorage.ts';
import { startCheck, type CheckOutcome, type RunningCheck } from './runCheck.ts';
import { wrongAnswerNote } from './wrongAnswerNote.ts';
import { watchExerciseEnd } from '../../store/exerciseEnd.ts';

export type FailedLoad = Extract<PackLoad, { ok: false }>;

export interface ShownPack {
  pack: ExercisePack;
  ref: PackRef;
  /** Where it came from, in words: "built into the playground", "team.json", an address. */
  source: string;
}

export type CheckState =
  | { status: 'idle' }
  | {
      status: 'running';
      progress: CheckProgress | null;
      place: 'worker' | 'page';
      /** "about 40 s left" for a long check, once there is a pace to judge by; else null. */
      timeLeft: string | null;
    }
  | {
      status: 'finished';
      outcome: Exclude<CheckOutcome, { kind: 'cancelled' }>;
      checked: Scenario;
    };

/** Why the exercise link being followed did not open an exercise. */
export type RouteIssue =
  { kind: 'pack'; load: FailedLoad } | { kind: 'missing'; exerciseId: string; packTitle: string };

export interface SessionState {
  /** The pack the exercise list shows: the last one loaded successfully. */
  shown: ShownPack;
  /** What is being loaded, in words, or null. */
  loading: string | null;
  /** The last pack that failed to load from the list (file, drop or address); the shown pack stays. */
  loadIssue: FailedLoad | null;
  /** What the last successful load from the list did, in a sentence. */
  loadNote: string | null;
  routeIssue: RouteIssue | null;
  /** A word about how the exercise opened: the learner's saved work back, or why not. */
  routeNote: string | null;
  progress: Progress;
  /** Said once: stored progress that was reset, or a browser that will not keep it. */
  storageNotice: string | null;
  check: CheckState;
  /** The latest news for the polite live region. */
  announcement: string;
}

const storage = browserStorage();
const stored = readProgress(storage);

function shownFrom(load: Extract<PackLoad, { ok: true }>): ShownPack {
  return { pack: load.pack, ref: load.ref, source: load.from };
}

const builtIn = builtInPack();
if (!builtIn.ok) throw new Error('The built-in exercise pack failed to load');

export const session = createStore<SessionState>(() => ({
  shown: shownFrom(builtIn),
  loading: null,
  loadIssue: null,
  loadNote: null,
  routeIssue: null,
  routeNote: null,
  progress: stored.progress,
  storageNotice: stored.notice,
  check: { status: 'idle' },
  announcement: '',
}));

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(session, selector);
}

// ---- Packs ------------------------------------------------------------------------------------

const refKey = (ref: PackRef) =>
  ref.kind === 'url' ? `url:${ref.url}` : ref.kind === 'file' ? `file:${ref.id}` : 'built-in';

const shortAddress = (address: string) => shortened(address, 120);

let loadingToken = 0;

/**
 * Shows "Loading <what>…" while `work` runs, and always takes it down after, however the work
 * ends; a later load's words are left alone.
 */
async function whileLoading<T>(what: string, work: () => Promise<T>): Promise<T> {
  const token = ++loadingToken;
  session.setState({ loading: what });
  try {
    return await work();
  } finally {
    if (token === loadingToken) session.setState({ loading: null });
  }
}

/** Packs loaded in this visit, so moving between exercises never downloads again. */
const loaded = new Map<string, ShownPack>([['built-in', session.getState().shown]]);

async function packFor(ref: PackRef): Promise<ShownPack | FailedLoad> {
  const known = loaded.get(refKey(ref));
  if (known) return known;
  if (ref.kind === 'built-in') return session.getState().shown;
  const load: PackLoad =
    ref.kind === 'url'
      ? await whileLoading(`the exercise pack at ${shortAddress(ref.url)}`, () =>
          packFromUrl(ref.url),
        )
      : recallFilePack(storage, ref.id);
  if (!load.ok) return load;
  const shown = shownFrom(load);
  loaded.set(refKey(ref), shown);
  return shown;
}

const describeLoad = (shown: ShownPack) =>
  `Loaded “${shown.pack.title}” (${shown.source}): ${shown.pack.exercises.length} ${shown.pack.exercises.length === 1 ? 'exercise' : 'exercises'}.`;

function showPack(shown: ShownPack, note: string | null): void {
  session.setState({ shown, loadIssue: null, loadNote: note });
}

/** Loads a pack file chosen or dropped; an invalid one is reported and the shown pack stays. */
export async function loadPackFiles(files: readonly File[]): Promise<void> {
  session.setState({ loadNote: null });
  const load = await whileLoading('the pack file', () => packFromFiles(files));
  setListOpen(true);
  if (!load.ok) {
    session.setState({
      loadIssue: load,
      announcement: `${load.from || 'The file'} was not loaded.`,
    });
    return;
  }
  const shown = shownFrom(load);
  loaded.set(refKey(load.ref), shown);
  const kept = load.text !== null && rememberFilePack(storage, load.from, load.pack.id, load.text);
  const note = `${describeLoad(shown)}${kept ? '' : ' This browser would not keep the file, so after a reload you will need to load it again.'}`;
  showPack(shown, note);
  session.setState({ announcement: note });
}

/** Loads the pack at an address into the list. */
export async function loadPackAddress(address: string): Promise<void> {
  const ref: PackRef = { kind: 'url', url: address.trim() };
  loaded.delete(refKey(ref));
  session.setState({ loadNote: null });
  const result = await packFor(ref);
  if ('ok' in result) {
    session.setState({
      loadIssue: result,
      announcement: `The pack at ${shortAddress(ref.url)} was not loaded.`,
    });
    return;
  }
  const note = describeLoad(result);
  showPack(result, note);
  session.setState({ announcement: note });
}

export function showBuiltInPack(): void {
  showPack(loaded.get('built-in') as ShownPack, null);
}

export function dismissLoadIssue(): void {
  session.setState({ loadIssue: null });
}

// ---- Following an exercise link ---------------------------------------------------------------

let followed: ExerciseRoute | null = null;
let followToken = 0;

/** Opens what an exercise link points at: its pack, then the exercise with the learner's work. */
export async function followRoute(route: ExerciseRoute): Promise<void> {
  if (route === followed) return;
  followed = route;
  const token = ++followToken;
  session.setState({ routeIssue: null, routeNote: null });
  const result = await packFor(route.pack);
  if (token !== followToken) return;
  if ('ok' in result) {
    session.setState({ routeIssue: { kind: 'pack', load: result } });
    return;
  }
  if (session.getState().shown !== result) showPack(result, null);
  if (route.exerciseId === null) return;
  const exercise = result.pack.exercises.find((e) => e.id === route.exerciseId);
  if (!exercise) {
    session.setState({
      routeIssue: { kind: 'missing', exerciseId: route.exerciseId, packTitle: result.pack.title },
    });
    return;
  }
  enter(result.pack, exercise, route.answer);
}

/** Tries the current link again (after a failed download, say). */
export function retryRoute(): void {
  const route = playgroundStore.getState().exerciseRoute;
  if (route === null) return;
  loaded.delete(refKey(route.pack));
  followed = null;
  void followRoute(route);
}

/** Opens an exercise of a pack, as following its link would. */
export function openExercise(pack: PackRef, exerciseId: string): void {
  playgroundStore.getState().followExerciseRoute({ pack, exerciseId, answer: null });
}

/**
 * The saved settings over the exercise's start, checked as a scenario; null when checking them
 * fails outright. The storage reader already refuses settings too large or too deep to check, so
 * this is the last guard: an exercise must open, whatever its saved settings hold.
 */
function restoreAttempt(start: Scenario, saved: Attempt): ReturnType<typeof parseScenario> | null {
  try {
    return parseScenario(applyAttempt(start, saved));
  } catch {
    return null;
  }
}

function enter(pack: ExercisePack, exercise: Exercise, answer: Scenario | null): void {
  const active = activeExercise(pack.id, exercise);
  let attempt = answer;
  let note: string | null = null;
  const saved = progressOf(session.getState().progress, pack.id, exercise.id)?.attempt ?? null;
  if (attempt === null && saved !== null) {
    const parsed = restoreAttempt(active.start, saved);
    if (parsed === null)
      note = 'Your saved settings for this exercise could not be read, so it opens at its start.';
    else if (parsed.ok && active.locks.lockedChanges(parsed.value).length === 0) {
      attempt = parsed.value;
      note =
        'Welcome back: your settings from last time are restored. “Start over” goes back to the exercise’s start.';
    } else
      note =
        'Your saved settings for this exercise no longer fit it (the exercise has changed), so it opens at its start.';
  }
  const accepted = playgroundStore.getState().enterExercise(active, attempt);
  if (!accepted && answer !== null)
    note =
      'The answer in this link changes settings this exercise keeps fixed, so the exercise opens at its start instead. The notice under Settings says which.';
  session.setState({
    routeNote: note,
    check: { status: 'idle' },
    announcement: `Exercise: ${exercise.title}.`,
  });
}

// ---- Progress ---------------------------------------------------------------------------------

/** A browser that refused storage on reading has been told about already. */
let toldAboutSaving = stored.notice === NOTICES.unavailable;

function changeProgress(
  packId: string,
  exerciseId: string,
  change: (entry: ExerciseProgress) => ExerciseProgress,
): void {
  const progress = updateProgress(session.getState().progress, packId, exerciseId, change);
  session.setState({ progress });
  // What is stored is not this page's to overwrite: it keeps its own progress in memory only.
  if (!stored.writable) return;
  const written = writeProgress(storage, progress, packId);
  if (written.ok) {
    // Room was made: the list shows what a reload would, and the learner hears what went.
    if (written.evicted.length > 0)
      session.setState({
        progress: written.progress,
        storageNotice: NOTICES.evicted(written.evicted),
      });
    return;
  }
  // Said once: the learner needs to know their progress will not outlast the page, not every time.
  if (!toldAboutSaving) {
    toldAboutSaving = true;
    session.setState({ storageNotice: written.notice });
  }
}

export function dismissStorageNotice(): void {
  session.setState({ storageNotice: null });
}

export function revealHint(): void {
  const active = playgroundStore.getState().exercise;
  if (!active) return;
  const count = active.exercise.hints.length;
  changeProgress(active.packId, active.exercise.id, (e) => ({
    ...e,
    hintsShown: Math.min(count, e.hintsShown + 1),
  }));
}

export function applySolution(): void {
  const active = playgroundStore.getState().exercise;
  if (!active) return;
  playgroundStore.getState().showSolution();
  // A pass earned before looking stays a plain pass: only a solution seen first is noted.
  changeProgress(active.packId, active.exercise.id, (e) => ({
    ...e,
    solutionShown: e.solutionShown || e.passedAt === null,
  }));
  session.setState({
    // "Welcome back: your settings are restored" is no longer true of what runs.
    routeNote: null,
    announcement: 'The reference solution is running. “Undo” brings your own settings back.',
  });
}

/** Back to the exercise's start; a note about restored settings no longer applies. */
export function startOver(): void {
  playgroundStore.getState().startOver();
  session.setState({ routeNote: null });
}

/** The learner's settings, saved a moment after they stop changing them. */
const SAVE_DELAY_MS = 500;
let saveTimer: number | null = null;

function saveAttempt(): void {
  saveTimer = null;
  const { exercise: active, scenario } = playgroundStore.getState();
  if (!active) return;
  const attempt = attemptFrom(active.start, scenario);
  const entry = progressOf(session.getState().progress, active.packId, active.exercise.id);
  if (sameAttempt(entry?.attempt ?? null, attempt)) return;
  changeProgress(active.packId, active.exercise.id, (e) => ({ ...e, attempt }));
}

playgroundStore.subscribe((state, previous) => {
  if (state.exercise !== previous.exercise) {
    // Another exercise, or none: a check of the old one means nothing now.
    running?.cancel();
    if (saveTimer !== null) window.clearTimeout(saveTimer);
    saveTimer = null;
    if (state.exercise === null) {
      followed = null;
      session.setState({ check: { status: 'idle' }, routeNote: null, routeIssue: null });
    }
    return;
  }
  if (state.exerciseRoute === null && previous.exerciseRoute !== null) {
    followed = null;
    session.setState({ routeIssue: null, routeNote: null });
  }
  if (state.exercise === null || state.scenario === previous.scenario) return;
  if (saveTimer !== null) window.clearTimeout(saveTimer);
  saveTimer = window.setTimeout(saveAttempt, SAVE_DELAY_MS);
});
// The live run stops where the check stops, at the exercise's duration.
watchExerciseEnd(playgroundStore);

// A change made just before a reload must not be lost to the delay.
window.addEventListener('pagehide', () => {
  if (saveTimer !== null) saveAttempt();
});

// ---- Checking ---------------------------------------------------------------------------------

let running: RunningCheck | null = null;

/** Checks the scenario on screen against the exercise's goals, off the main thread when it can. */
export function runCheck(): void {
  const { exercise: active, scenario } = playgroundStore.getState();
  if (!active || running !== null) return;
  const seeds = active.exercise.seeds.length;
  const startedAt = performance.now();
  const check = startCheck(active.exercise, scenario, (progress) => {
    const timeLeft = checkTimeLeft(scenario, progress, performance.now() - startedAt);
    session.setState({ check: { status: 'running', progress, place: check.place(), timeLeft } });
  });
  running = check;
  session.setState({
    check: { status: 'running', progress: null, place: check.place(), timeLeft: null },
    announcement: `Checking your answer on ${seeds} ${seeds === 1 ? 'seed' : 'seeds'}…`,
  });
  void check.finished.then((outcome) => {
    if (running === check) running = null;
    if (outcome.kind === 'cancelled') {
      // Cancelled by leaving the exercise: nothing to say about it.
      if (playgroundStore.getState().exercise === active)
        session.setState({
          check: { status: 'idle' },
          announcement: 'Check cancelled. Nothing was recorded.',
        });
      return;
    }
    // A tempting wrong answer's note is read out with the headline, as it shows beside it.
    const note =
      outcome.kind === 'done' ? wrongAnswerNote(active.exercise, outcome.result, scenario) : null;
    session.setState({
      check: { status: 'finished', outcome, checked: scenario },
      announcement:
        outcome.kind === 'done'
          ? `${outcome.result.headline}${note === null ? '' : ` ${note}`}`
          : `The check could not finish: ${outcome.message}`,
    });
    if (outcome.kind === 'done')
      changeProgress(active.packId, active.exercise.id, (e) =>
        withCheck(
          { ...e, attempt: attemptFrom(active.start, scenario) },
          outcome.result.passed,
          new Date(),
          attemptFrom(active.start, scenario) ?? [],
        ),
      );
  });
}

export function cancelCheck(): void {
  running?.cancel();
}
