/** Says once, in plain words, that stored progress was reset or that this browser will not keep it. */
import { dismissStorageNotice, useSession } from './session.ts';

export function StorageNotice() {
  const notice = useSession((s) => s.storageNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="alert" data-testid="progress-notice">
      <p>{notice}</p>
      <button type="button" className="button" onClick={dismissStorageNotice}>
        Dismiss
      </button>
    </div>
  );
}
