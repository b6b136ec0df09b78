/**
 * Where the tour's card stands. On a page wide enough to set the strategy switcher beside the stage,
 * the card stands in the page (it scrolls with it) under the switcher's choices, where the window
 * has room for it whole there, so the strategy a step switches to is seen picked (over the depth
 * chart); else over the switcher (its action in the card); clear of the stage, the transport and
 * the live cards, which the steps talk about, and never a reason to scroll the page. Elsewhere (a phone, a narrow window) tour.css
 * lays it along the foot of the window. Also: whether the card's text runs past its foot, so the
 * card can show that it scrolls.
 */
import { controlBox, watchStage } from './stageOnPage.ts';
import { dockBelowSwitcher, dockBeside, type Box } from './tourPlacement.ts';

const boxOf = (el: Element | null): Box | null => {
  if (el === null) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};

/**
 * The height an opened reading guide adds to the card: all its row of links grew by, past the one
 * line it has closed (opened, the guide also takes a line of its own under "How to read the stage",
 * which counting its content alone missed: at 1280×800 step one's card, a line taller with its note
 * on memory, then went up over the strategy list).
 */
function openGuideHeight(card: HTMLElement): number {
  const guide = card.querySelector<HTMLDetailsElement>('.tour-more details[open]');
  const more = card.querySelector<HTMLElement>('.tour-more');
  if (guide === null || more === null) return 0;
  const summary = guide.querySelector('summary');
  return Math.max(0, more.offsetHeight - (summary === null ? 0 : summary.offsetHeight));
}

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
    // The card's own height, whatever room it was given last; not counting "How to read the page"
    // opened in it: that extra reading scrolls inside the card where it stands (opened at 1280×800,
    // it sent the card up over the strategy list, Back and Next with it).
    const needed = card.scrollHeight - openGuideHeight(card);
    const box = clearOfSwitcher
      ? dockBelowSwitcher(
          stage,
          switcher,
          pageWidth,
          window.innerHeight,
          needed,
          controlBox('strategy-switcher'),
        )
      : dockBeside(
          stage,
          switcher,
          boxOf(document.querySelector('[data-tour="depth-chart"]')),
          pageWidth,
          window.innerHeight,
          needed,
          controlBox('strategy-switcher'),
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
  // The card's words change with the step (an outcome is longer): under the choices while it fits.
  const words = new MutationObserver(later);
  words.observe(card, { childList: true, subtree: true, characterData: true });
  // The line above the stage comes and goes with the scenario, moving the columns: follow them.
  const stopStage = watchStage(later);
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    words.disconnect();
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
