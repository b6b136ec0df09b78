/**
 * React.lazy keeps a failed import for good: a part that could not load while offline would stay
 * missing after the network came back. A retryable lazy component starts a fresh React.lazy after a
 * failure, but only when asked (`retryFailedLoads`, from a LoadBoundary's Retry), never by
 * itself, so a page that is offline does not ask again and again while React re-renders. The browser
 * keeps the failure too, so the retry asks for the failed script under a fresh address
 * (freshImport.ts) and takes the part from it by its export's name.
 */
import { createElement, lazy, type ComponentType, type ReactNode } from 'react';
import { failedModuleUrl, freshImport } from './freshImport.ts';
import { LoadError } from './loadFailure.ts';
import { reloadFailedStylesheets } from './reloadFailedStylesheets.ts';

/** Each failed part's way to start over. */
const failed = new Set<() => void>();

type PropsOf<C> = C extends (...args: infer A) => ReactNode
  ? A extends []
    ? object
    : A[0]
  : never;

/** The part is its module's export `name`: the default export unless named. */
export function retryableLazy<M, K extends keyof M = 'default' & keyof M>(
  load: () => Promise<M>,
  name?: K,
): ComponentType<PropsOf<M[K]>>;
export function retryableLazy(
  load: () => Promise<Record<string, unknown>>,
  name = 'default',
): ComponentType<object> {
  /** The script that failed last time, asked for afresh on the next try (null: run `load` again). */
  let again: string | null = null;
  let current = start();
  function start() {
    const from = again;
    return lazy(() =>
      (from === null ? load() : (freshImport(from) as Promise<Record<string, unknown>>)).then(
        (module) => ({ default: module[name] as ComponentType<object> }),
        (cause: unknown) => {
          again = failedModuleUrl(cause) ?? from;
          failed.add(() => (current = start()));
          // The LoadBoundary around the part names it.
          throw new LoadError('this part', cause);
        },
      ),
    );
  }
  function Retryable(props: object) {
    return createElement(current, props);
  }
  return Retryable;
}

/**
 * Gets every failed part ready to load again: their stylesheets first (resolves to false, and
 * leaves the parts as they are, when one still does not arrive), then a fresh import for each.
 */
export async function retryFailedLoads(): Promise<boolean> {
  if (!(await reloadFailedStylesheets())) return false;
  for (const restart of failed) restart();
  failed.clear();
  return true;
}
