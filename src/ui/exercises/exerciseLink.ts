/**
 * Exercise links: `?exercise=<id>` for the built-in pack, `?pack=<url>&exercise=<id>` for an
 * instructor's pack at an address, `?pack-file=<pack id>&exercise=<id>` for a pack loaded from a
 * file in this browser, and the same without `exercise` for a pack's list. Pure, so the address
 * sync (which loads right after the first paint) can use it without the exercise module.
 */
import { encodeShareQuery } from '../../share/shareLink.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { ExerciseRoute, PackRef } from '../../store/types.ts';

export const EXERCISE_PARAM = 'exercise';
export const PACK_PARAM = 'pack';
export const PACK_FILE_PARAM = 'pack-file';

/** Longer than any id a pack may have (60); anything longer is cut, and then not found. */
const MAX_ID = 100;

const paramsOf = (query: string) =>
  new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);

/** The exercise link in a query, or null when the query is an ordinary playground link. */
export function readExerciseRoute(query: string): Omit<ExerciseRoute, 'answer'> | null {
  const params = paramsOf(query);
  const exercise = params.get(EXERCISE_PARAM);
  const url = params.get(PACK_PARAM);
  const file = params.get(PACK_FILE_PARAM);
  if (exercise === null && url === null && file === null) return null;
  const pack: PackRef =
    url !== null
      ? { kind: 'url', url }
      : file !== null
        ? { kind: 'file', id: file.slice(0, MAX_ID) }
        : { kind: 'built-in' };
  return { pack, exerciseId: exercise === null ? null : exercise.slice(0, MAX_ID) };
}

/** Whether the query also carries a scenario (a learner's answer, when it is an exercise link). */
export function queryHasScenario(query: string): boolean {
  const params = paramsOf(query);
  return ['preset', 'v', 's', 'seed'].some((name) => params.has(name));
}

function exerciseParams(route: Pick<ExerciseRoute, 'pack' | 'exerciseId'>): URLSearchParams {
  const params = new URLSearchParams();
  if (route.pack.kind === 'url') params.set(PACK_PARAM, route.pack.url);
  if (route.pack.kind === 'file') params.set(PACK_FILE_PARAM, route.pack.id);
  if (route.exerciseId !== null) params.set(EXERCISE_PARAM, route.exerciseId);
  return params;
}

function withQuery(pageUrl: string, params: URLSearchParams): string {
  const url = new URL(pageUrl);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

/** `pageUrl` with its query replaced by the exercise link: what the address bar shows in an exercise. */
export function exerciseUrl(
  pageUrl: string,
  route: Pick<ExerciseRoute, 'pack' | 'exerciseId'>,
): string {
  return withQuery(pageUrl, exerciseParams(route));
}

/** The exercise link with a learner's answer in it, to compare answers with a neighbour. */
export function answerUrl(
  pageUrl: string,
  route: Pick<ExerciseRoute, 'pack' | 'exerciseId'>,
  scenario: Scenario,
): string {
  const params = exerciseParams(route);
  for (const [key, value] of new URLSearchParams(encodeShareQuery(scenario, null)))
    params.set(key, value);
  return withQuery(pageUrl, params);
}

/** Whether two routes open the same thing (the answer a link carried does not count). */
export function samePlace(
  a: Pick<ExerciseRoute, 'pack' | 'exerciseId'>,
  b: Pick<ExerciseRoute, 'pack' | 'exerciseId'>,
): boolean {
  return a.exerciseId === b.exerciseId && samePack(a.pack, b.pack);
}

export function samePack(a: PackRef, b: PackRef): boolean {
  if (a.kind === 'url') return b.kind === 'url' && a.url === b.url;
  if (a.kind === 'file') return b.kind === 'file' && a.id === b.id;
  return b.kind === 'built-in';
}
