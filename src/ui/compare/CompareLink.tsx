/**
 * The playground's "Compare" link: opens the compare page with the playground's current scenario as
 * column A. The code that builds the comparison's address loads on first approach (pointer over the
 * link, or focus), so the playground's first bundle carries only this shell; the address is then
 * written into the link itself, so opening it in a new tab or copying it works as with any link.
 */
import type { MouseEvent } from 'react';
import type * as CompareUrl from '../../compare/compareUrl.ts';
import { playgroundStore } from '../../store/index.ts';

type CompareUrlModule = typeof CompareUrl;

let loaded: CompareUrlModule | null = null;
let loading: Promise<CompareUrlModule> | null = null;

function load(): Promise<CompareUrlModule> {
  loading ??= import('../../compare/compareUrl.ts').then((module) => (loaded = module));
  return loading;
}

/** The compare page for what the playground shows now. */
function currentUrl(module: CompareUrlModule): string {
  return module.compareUrlFor(location.href, playgroundStore.getState().scenario);
}

function prepare(link: HTMLAnchorElement): void {
  void load().then((module) => {
    link.href = currentUrl(module);
  });
}

function open(event: MouseEvent<HTMLAnchorElement>): void {
  const link = event.currentTarget;
  // Loaded (the usual case: the pointer or focus came first): the link follows the scenario of now.
  if (loaded !== null) {
    link.href = currentUrl(loaded);
    return;
  }
  // Not yet: wait for the module, then go where the link would have gone.
  event.preventDefault();
  const newTab = event.ctrlKey || event.metaKey || event.shiftKey || link.target === '_blank';
  void load().then((module) => {
    const url = currentUrl(module);
    if (newTab) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  });
}

export function CompareLink({ className = 'button' }: { className?: string }) {
  return (
    <a
      className={className}
      // Without the module yet, the compare page's own default comparison is a fine place to land.
      href="./compare.html"
      onPointerEnter={(e) => prepare(e.currentTarget)}
      onFocus={(e) => prepare(e.currentTarget)}
      onClick={open}
      data-testid="compare-link"
    >
      Compare
      <span className="visually-hidden"> this scenario with other strategies, side by side</span>
    </a>
  );
}
