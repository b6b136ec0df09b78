/**
 * "Reset for the next person…" in the header's menu, and the note after the reset that it is done.
 * The dialog loads when first opened.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { useCloseMenus } from '../Popover.tsx';
import { RESET_DONE_KEY } from './resetDone.ts';

const ResetDialog = retryableLazy(() => import('./ResetDialog.tsx'));

/** Read once as the header loads: the note belongs to the first view after the reset. */
let resetWasDone = takeResetDone();

function takeResetDone(): boolean {
  try {
    const done = sessionStorage.getItem(RESET_DONE_KEY) !== null;
    sessionStorage.removeItem(RESET_DONE_KEY);
    return done;
  } catch {
    return false;
  }
}

export function ResetButton() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(resetWasDone);
  const closeMenus = useCloseMenus();
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          closeMenus();
          setOpen(true);
        }}
        aria-haspopup="dialog"
      >
        Reset for the next person…
      </button>
      {open && (
        <LazyPart what="the reset">
          <ResetDialog onClose={() => setOpen(false)} />
        </LazyPart>
      )}
      {done &&
        createPortal(
          <div className="notice reset-done" role="status" data-testid="reset-done">
            <p>
              Done: what this page kept in this browser is erased, and it starts afresh for the next
              person.
            </p>
            <button
              type="button"
              className="button"
              onClick={() => {
                resetWasDone = false;
                setDone(false);
              }}
            >
              OK
            </button>
          </div>,
          document.body,
        )}
    </>
  );
}
