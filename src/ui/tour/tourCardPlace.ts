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
import type { CardForm } from './tourCardForms.ts';
import { DOCK_MIN_HEIGHT, dockBelowSwitcher, dockBeside, type Box } from './tourPlacement.ts';

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
 * How tall `card` is in each of `forms` (tourCardForms.ts), at its width now: a copy of it with the
 * form's words, laid out out of sight and taken away again in the same task (no one sees or reads
 * it, nor a test's locator). Its tallest, px; 0 where there are none.
 */
export function tallestForm(card: HTMLElement, forms: readonly CardForm[]): number {
  const width = card.getBoundingClientRect().width;
  if (forms.length === 0 || width <= 0) return 0;
  let tallest = 0;
  for (const form of forms) {
    const copy = card.cloneNode(true) as HTMLElement;
    const invitation = copy.querySelector('[data-testid="tour-invitation-line"]');
    const buttons = copy.querySelector('.tour-buttons');
    if (invitation === null || buttons === null) return 0;
    invitation.textContent = form.invitation;
    const put = (selector: string, text: string | null, make: () => HTMLElement) => {
      let el = copy.querySelector<HTMLElement>(selector);
      if (text === null) return el?.remove();
      if (el === null) {
        el = make();
        invitation.before(el);
      }
      el.textContent = text;
    };
    put('#tour-body', form.body, () => document.createElement('p'));
    put('[data-testid="tour-step-note"]', form.note, () => {
      const note = document.createElement('p');
      note.className = 'tour-note';
      return note;
    });
    // The body before the note.
    const body = copy.querySelector('#tour-body');
    const note = copy.querySelector('[data-testid="tour-step-note"]');
    if (body !== null && note !== null) note.before(body);
    let action = copy.querySelector<HTMLElement>('[data-testid="tour-action"]');
    if (form.button === null) action?.remove();
    else {
      if (action === null) {
        action = document.createElement('button');
        action.className = 'button primary';
        buttons.querySelector('.tour-nav')?.before(action);
      }
      action.textContent = form.button;
    }
    // Read as the card is closed: an opened reading guide scrolls inside the card.
    copy.querySelector('.tour-more details')?.removeAttribute('open');
    for (const el of [copy, ...copy.querySelectorAll('*')]) {
      el.removeAttribute('id');
      el.removeAttribute('data-testid');
      el.removeAttribute('aria-live');
    }
    copy.removeAttribute('role');
    copy.setAttribute('aria-hidden', 'true');
    copy.inert = true;
    Object.assign(copy.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      right: 'auto',
      bottom: 'auto',
      width: `${width}px`,
      minHeight: '0',
      maxHeight: 'none',
      visibility: 'hidden',
    });
    document.body.append(copy);
    tallest = Math.max(tallest, copy.scrollHeight);
    copy.remove();
  }
  return tallest;
}

/**
 * Keeps `card` over the switcher while the page has one beside the stage; under it, clear of it,
 * when the step asks the reader to use it (`clearOfSwitcher`). Returns a stop.
 *
 * Within a step the card stays where it first stood, and as tall: placed, and its height kept
 * (`min-height`), for the tallest of the step's forms (`forms`) and the tallest it has been, so
 * neither a button's words nor an outcome moves it while it is read. On a phone its top then stays
 * put (it stands on the window's foot). A step taller than the place it was given scrolls inside it.
 */
export function dockCard(
  card: HTMLElement,
  clearOfSwitcher = false,
  forms: () => readonly CardForm[] = () => [],
): () => void {
  let frame = 0;
  /** The step the card shows (its `data-step`), the tallest it has been in it, and its forms. */
  let step: string | undefined;
  let most = 0;
  let measured = { key: '', height: 0 };
  /** The height the step's place was chosen for, and the window it was chosen in. */
  let chosen: { height: number; width: number; innerHeight: number } | null = null;
  const place = () => {
    frame = 0;
    if (card.dataset.step !== step) {
      step = card.dataset.step;
      most = 0;
      chosen = null;
    }
    const stage = boxOf(document.querySelector('[data-tour="stage"]'));
    const switcher = boxOf(document.querySelector('[data-tour="strategy-switcher"]'));
    const pageWidth = document.documentElement.clientWidth;
    if (
      chosen !== null &&
      (chosen.width !== pageWidth || chosen.innerHeight !== window.innerHeight)
    )
      chosen = null;
    // The card's own height, whatever room it was given last; not counting "How to read the page"
    // opened in it: that extra reading scrolls inside the card where it stands (opened at 1280×800,
    // it sent the card up over the strategy list, Back and Next with it).
    card.style.removeProperty('min-height');
    const own = card.scrollHeight - openGuideHeight(card);
    const all = forms();
    const key = `${card.getBoundingClientRect().width}|${JSON.stringify(all)}`;
    if (key !== measured.key) measured = { key, height: tallestForm(card, all) };
    most = Math.max(most, own, measured.height);
    const needed = most;
    const under = (height: number) =>
      clearOfSwitcher
        ? dockBelowSwitcher(
            stage,
            switcher,
            pageWidth,
            window.innerHeight,
            height,
            controlBox('strategy-switcher'),
          )
        : dockBeside(
            stage,
            switcher,
            boxOf(document.querySelector('[data-tour="depth-chart"]')),
            pageWidth,
            window.innerHeight,
            height,
            controlBox('strategy-switcher'),
          );
    // Its border, which the heights above leave out and its min-height counts.
    const border = card.offsetHeight - card.clientHeight;
    let box = under(needed);
    // Grown past what its place was chosen for (a form no one foresaw): where that place still
    // holds what it was chosen for, the card stays there and scrolls inside it, rather than jump.
    if (box !== null && chosen !== null && needed > chosen.height) {
      const was = under(chosen.height);
      if (was !== null && Math.abs(was.top - box.top) > 1)
        box = { ...was, height: Math.max(DOCK_MIN_HEIGHT, window.innerHeight - 8 - was.top) };
      else chosen = { height: needed, width: pageWidth, innerHeight: window.innerHeight };
    } else if (chosen === null || needed > chosen.height)
      chosen = { height: needed, width: pageWidth, innerHeight: window.innerHeight };
    if (box === null) {
      delete card.dataset.docked;
      card.style.removeProperty('left');
      card.style.removeProperty('top');
      card.style.removeProperty('width');
      card.style.removeProperty('max-height');
      // Along the window's foot: never taller than tour.css lets it be there.
      const cap = parseFloat(getComputedStyle(card).maxHeight);
      const least = needed + border;
      card.style.minHeight = `${Number.isFinite(cap) ? Math.min(least, cap) : least}px`;
      return;
    }
    card.dataset.docked = '';
    card.style.left = `${box.left + window.scrollX}px`;
    card.style.top = `${box.top + window.scrollY}px`;
    card.style.width = `${box.width}px`;
    card.style.maxHeight = `${box.height}px`;
    card.style.minHeight = `${Math.min(needed + border, box.height)}px`;
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
  words.observe(card, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-step'],
  });
  // The line above the stage comes and goes with the scenario, moving the columns: follow them.
  const stopStage = watchStage(later);
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    words.disconnect();
    window.removeEventListener('resize', later);
    stopStage();
    card.style.removeProperty('min-height');
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
