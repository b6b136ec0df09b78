/**
 * React.lazy keeps a failed import for good: a part that could not load while offline would stay
 * missing after the network came back. A retryable lazy component starts a fresh React.lazy after a
 * failure, but only when asked (`retryFailedLoads`, from a LoadBoundary's Retry), never by
 * itself, so a page that is offline does not ask again and again while React re-renders.
 */
import { createElement, lazy, type ComponentType, type ReactNode } from 'react';
import { LoadError } from './loadFailure.ts';
import { reloadFailedStylesheets } from './reloadFailedStylesheets.ts';

/** Each failed part's way to start over. */
const failed = new Set<() => void>();

/** A function component, whatever its props. */
type Part = (props: never) => ReactNode;
type PropsOf<C extends Part> = Parameters<C> extends [] ? object : Parameters<C>[0];

export function retryableLazy<C extends Part>(
  load: () => Promise<{ default: C }>,
): ComponentType<PropsOf<C>> {
  let current = start();
  function start() {
    return lazy(() =>
      load().then(
        (module) => ({ default: module.default as unknown as ComponentType<PropsOf<C>> }),
        (cause: unknown) => {
          failed.add(() => (current = start()));
          // The LoadBoundary around the part names it.
          throw new LoadError('this part', cause);
        },
      ),
    );
  }
  function Retryable(props: PropsOf<C>) {
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
