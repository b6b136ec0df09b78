/**
 * A button that shows and hides a small panel: aria-expanded on the button, Escape or a click
 * elsewhere closes it and gives focus back to the button.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface PopoverProps {
  label: ReactNode;
  title: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  /** Extra class on the button. */
  className?: string;
}

export function Popover({ label, title, open, onOpenChange, children, className }: PopoverProps) {
  const panelId = useId();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // A panel hangs from its button's right edge (CSS), and one wider than the room left of the button
  // would stick out of the window there: slide it back in before it is painted.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    element.style.translate = '';
    const margin = 8;
    const { left, right } = element.getBoundingClientRect();
    const room = document.documentElement.clientWidth - margin;
    if (left < margin) element.style.translate = `${margin - left}px 0`;
    else if (right > room) element.style.translate = `${room - right}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
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
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, onOpenChange]);

  return (
    <div className="popover" ref={root}>
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
        className="popover-panel"
        role="group"
        aria-labelledby={titleId}
        hidden={!open}
      >
        <h2 id={titleId} className="popover-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
