/**
 * A modal dialog on the browser's own <dialog>: it keeps focus inside while open, Escape closes it,
 * and focus goes back to whatever opened it. A click on the backdrop closes it too. Focus starts on
 * the control marked `data-autofocus`, if there is one.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './presenter.css';

/**
 * Focus back on what opened the dialog, or, when that is now hidden in a closed menu (the menu
 * closes as its dialog opens), on the button of the outermost menu that hides it.
 */
export function focusBack(opener: HTMLElement | null): void {
  let target = opener;
  while (target?.parentElement?.closest('[hidden]')) {
    const panel: Element | null = target.parentElement.closest('[hidden]');
    const button = panel?.id ? document.querySelector(`[aria-controls="${panel.id}"]`) : null;
    target = button instanceof HTMLElement ? button : null;
  }
  if (target?.isConnected) target.focus();
}

export function ModalDialog({
  title,
  onClose,
  children,
  className,
  testId,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The dialog's chosen first control (the safe choice), not merely its first button.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const close = () => closeRef.current();
    // Escape and clicks here are the dialog's: the header's menu around its button must not take
    // them (it would close, and hide the button focus returns to).
    const keep = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || event.key === 'Escape') event.stopPropagation();
    };
    dialog.addEventListener('close', close);
    dialog.addEventListener('keydown', keep);
    dialog.addEventListener('pointerdown', keep);
    return () => {
      dialog.removeEventListener('close', close);
      dialog.removeEventListener('keydown', keep);
      dialog.removeEventListener('pointerdown', keep);
      if (dialog.open) dialog.close();
      focusBack(opener);
    };
  }, []);
  // On the body, not where it was opened from: a menu's panel may be hidden while the dialog is open.
  return createPortal(
    <dialog
      ref={ref}
      className={className ? `modal-dialog phone-sheet ${className}` : 'modal-dialog phone-sheet'}
      aria-labelledby={titleId}
      data-testid={testId}
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="modal-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <div className="modal-dialog-body">{children}</div>
    </dialog>,
    document.body,
  );
}
