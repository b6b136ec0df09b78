/**
 * Where the tour's card stands. On a page wide enough to set the strategy switcher beside the stage,
 * the card stands over the switcher, in the page (it scrolls with it): clear of the stage, the
 * transport, the live cards and the queue-depth chart under the switcher, which the steps talk
 * about, and never a reason to scroll the page. The card carries each step's action, so the
 * switcher under it is not missed while it is open. Elsewhere (a phone, a narrow window) tour.css
 * lays it along the foot of the window. Also: whether the card's text runs past its foot, so the
 * card can show that it scrolls.
 */
import { controlBox, watchStage } from './stageOnPage.ts';
import { dockBelowSwitcher, dockBox, type Box } from './tourPlacement.ts';

const boxOf = (el: Element | null): Box | null => {
  if (el === null) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

/**
 * Keeps `card` over the switcher while the page has one beside the stage; under it, clear of it,
 * when the step asks the reader to use it (`clearOfSwitcher`). Returns a stop.
 */
export function dockCard(card: HTMLElement, clearOfSwitcher = false): () => void {
  let frame = 0;
  const place = () => {
    frame = 0;
    const stage = boxOf(document.querySelector('[data-tour="stage"]'));
    const switcher = boxOf(document.querySelector('[data-tour="strategy-switcher"]'));
    const pageWidth = document.documentElement.clientWidth;
    // The card's own height, whatever room it was given last.
    const needed = card.scrollHeight;
    const box = clearOfSwitcher
      ? dockBelowSwitcher(
          stage,
          switcher,
          pageWidth,
          window.innerHeight,
          needed,
          controlBox('strategy-switcher'),
        )
      : dockBox(
          stage,
          switcher,
          boxOf(document.querySelector('[data-tour="depth-chart"]')),
          pageWidth,
        );
    if (box === null) {
      delete card.dataset.docked;
      card.style.removeProperty('left');
      card.style.removeProperty('top');
      card.style.removeProperty('width');
      card.style.removeProperty('max-height');
      return;
    }
    card.dataset.docked = '';
    card.style.left = `${box.left + window.scrollX}px`;
    card.style.top = `${box.top + window.scrollY}px`;
    card.style.width = `${box.width}px`;
    card.style.maxHeight = `${box.height}px`;
  };
  const later = () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  };
  place();
  const sizes = new ResizeObserver(later);
  sizes.observe(document.body);
  const switcher = document.querySelector('[data-tour="strategy-switcher"]');
  if (switcher) sizes.observe(switcher);
  window.addEventListener('resize', later);
  // The line above the stage comes and goes with the scenario, moving the columns: follow them.
  const stopStage = watchStage(later);
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    window.removeEventListener('resize', later);
    stopStage();
  };
}

/** Marks `card` with `data-overflow` while some of its text is out of its view below. */
export function watchCardOverflow(card: HTMLElement): () => void {
  const check = () => {
    const hidden = card.scrollHeight - card.clientHeight - card.scrollTop > 2;
    if (hidden) card.dataset.overflow = 'true';
    else delete card.dataset.overflow;
  };
  check();
  const sizes = new ResizeObserver(check);
  sizes.observe(card);
  const words = new MutationObserver(check);
  words.observe(card, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open'],
  });
  card.addEventListener('scroll', check, { passive: true });
  return () => {
    sizes.disconnect();
    words.disconnect();
    card.removeEventListener('scroll', check);
  };
}
