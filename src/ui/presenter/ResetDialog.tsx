/**
 * The reset for shared laptops: says exactly what this page keeps in this browser, erases it only
 * when asked to, and then starts the page afresh, so the next person meets it as on a first visit.
 * "Keep everything" has the focus at first: Enter on a stray key press erases nothing.
 */
import { useMemo, useState } from 'react';
import { ModalDialog } from './ModalDialog.tsx';
import { RESET_DONE_KEY } from './resetDone.ts';
import { eraseItems, storedItems, type StoredDataStorage } from './storedData.ts';

function localStore(): StoredDataStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export default function ResetDialog({ onClose }: { onClose(): void }) {
  const storage = useMemo(() => localStore(), []);
  const items = useMemo(() => (storage === null ? [] : storedItems(storage)), [storage]);
  const [failed, setFailed] = useState(0);

  const erase = () => {
    if (storage === null) return;
    const left = eraseItems(storage, items);
    if (left > 0) {
      setFailed(left);
      return;
    }
    // A change saved as the page unloads (an exercise's settings) must not come back: erase again
    // after every other listener has written.
    window.addEventListener('pagehide', () => eraseItems(storage, storedItems(storage)));
    try {
      sessionStorage.setItem(RESET_DONE_KEY, String(items.length));
    } catch {
      // The page starts afresh all the same, only without saying so.
    }
    location.replace(new URL('./', location.href).href);
  };

  return (
    <ModalDialog title="Reset for the next person" onClose={onClose} testId="reset-dialog">
      {storage === null ? (
        <p>This browser does not let the page keep anything, so there is nothing to erase.</p>
      ) : items.length === 0 ? (
        <p>This page keeps nothing in this browser at the moment: there is nothing to erase.</p>
      ) : (
        <>
          <p>This erases what this page keeps in this browser:</p>
          <ul className="reset-list" data-testid="reset-list">
            {items.map((item) => (
              <li key={item.keys.join(' ')}>{item.what}</li>
            ))}
          </ul>
          <p>
            It cannot be undone. Nothing else in this browser is touched, and links already shared
            still work. The page then starts afresh, as on a first visit.
          </p>
          {failed > 0 && (
            <p className="knob-problem" role="alert">
              This browser refused to erase {failed === 1 ? 'one item' : `${failed} items`}. Its
              settings for this site may block changes to stored data.
            </p>
          )}
        </>
      )}
      <div className="dialog-actions">
        {/* The safe choice comes first and has the focus. */}
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Keep everything
        </button>
        {storage !== null && items.length > 0 && (
          <button type="button" className="button danger" onClick={erase}>
            Erase all of this
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
