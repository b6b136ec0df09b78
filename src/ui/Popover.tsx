/**
 * A button that shows and hides a small panel: aria-expanded on the button, Escape or a click
 * elsewhere closes it and gives focus back to the button.
 *
 * Popovers nest: the header's "More" (or, on a phone, "Menu") holds the other tools' popovers, whose
 * panels then open inside it, in place. Escape closes the innermost panel first, and a panel that
 * opens by itself (the exercise list after a dropped pack, say) opens the menu around it too.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';

interface PopoverProps {
  label: ReactNode;
  title: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  /** Extra class on the button. */
  className?: string;
  /** Move focus to the panel's first control when it opens (a menu of tools). */
  focusFirst?: boolean;
  /** Hide the panel's title from the eye (a menu whose button says it all); it still names the panel. */
  quietTitle?: boolean;
  /** Extra class on the panel. */
  panelClassName?: string;
}

/** What a popover tells the popovers inside it. */
interface Parent {
  /** Opens this popover and every one around it. */
  ensureOpen(): void;
  /** Closes this popover and every one around it. */
  closeAll(): void;
}

const ParentContext = createContext<Parent | null>(null);

/**
 * For a tool in a menu that opens a dialog: closes every popover around it, so the menu does not
 * stay open behind the dialog. (The dialog gives focus back to the menu's button when it closes.)
 */
export function useCloseMenus(): () => void {
  const parent = useContext(ParentContext);
  return useCallback(() => parent?.closeAll(), [parent]);
}

/** Open popovers, outermost first: Escape is for the last one. */
const openStack: symbol[] = [];

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea';

export function Popover({
  label,
  title,
  open,
  onOpenChange,
  children,
  className,
  focusFirst = false,
  quietTitle = false,
  panelClassName,
}: PopoverProps) {
  const panelId = useId();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const parent = useContext(ParentContext);
  const nested = parent !== null;
  const self = useMemo(() => Symbol('popover'), []);

  const here = useMemo<Parent>(
    () => ({
      ensureOpen() {
        parent?.ensureOpen();
        onOpenChange(true);
      },
      closeAll() {
        onOpenChange(false);
        // Focus on the outermost button, which stays in view: the dialog about to open gives it
        // back there when it closes.
        if (parent) parent.closeAll();
        else button.current?.focus();
      },
    }),
    [parent, onOpenChange],
  );

  // A panel inside a closed menu would be open but unseen: open the menu around it.
  useEffect(() => {
    if (open) parent?.ensureOpen();
  }, [open, parent]);

  // A panel hangs from its button's right edge (CSS), and one wider than the room left of the button
  // would stick out of the window there: slide it back in before it is painted. A nested panel opens
  // in place inside its menu and needs no sliding.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element || nested) return;
    element.style.translate = '';
    const margin = 8;
    const { left, right } = element.getBoundingClientRect();
    const room = document.documentElement.clientWidth - margin;
    if (left < margin) element.style.translate = `${margin - left}px 0`;
    else if (right > room) element.style.translate = `${room - right}px 0`;
  }, [open, nested]);

  useEffect(() => {
    if (!open || !focusFirst) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open, focusFirst]);

  useEffect(() => {
    if (!open) return;
    openStack.push(self);
    const onKeyDown = (event: KeyboardEvent) => {
      // Every open popover hears the key: only the innermost one answers it.
      if (event.key !== 'Escape' || event.defaultPrevented || openStack.at(-1) !== self) return;
      event.preventDefault();
      onOpenChange(false);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      const at = openStack.lastIndexOf(self);
      if (at >= 0) openStack.splice(at, 1);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, onOpenChange, self]);

  return (
    <div className={nested ? 'popover popover-nested' : 'popover'} ref={root}>
      <button
        ref={button}
        type="button"
        className={className ?? 'button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
      </button>
      <div
        ref={panel}
        id={panelId}
        className={panelClassName ? `popover-panel ${panelClassName}` : 'popover-panel'}
        role="group"
        aria-labelledby={titleId}
        hidden={!open}
      >
        <h2 id={titleId} className={quietTitle ? 'visually-hidden' : 'popover-title'}>
          {title}
        </h2>
        <ParentContext.Provider value={here}>{children}</ParentContext.Provider>
      </div>
    </div>
  );
}
