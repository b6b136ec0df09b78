/**
 * Copies the link that restores the whole comparison; where the clipboard is refused, shows the link
 * to copy by hand. The address bar holds the same link.
 */
import { useState } from 'react';
import { compareUrl } from '../../compare/compareUrl.ts';
import { copyText } from '../share/copyText.ts';
import { useStatus } from '../share/useStatus.ts';
import { compareStore } from './compareInstance.ts';

export function CopyLinkButton() {
  const [status, show] = useStatus();
  const [manual, setManual] = useState<string | null>(null);
  const copy = async () => {
    const url = compareUrl(location.href, compareStore.getState().comparison);
    if (await copyText(url)) {
      setManual(null);
      show('Link copied: it opens this comparison, every column and the seed.');
    } else {
      setManual(url);
      show('Copying was not allowed here; the link is below to copy by hand.');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <p className="muted copy-status" role="status">
        {status}
      </p>
      {manual !== null && (
        <label className="share-label">
          The link
          <input
            className="text-input"
            type="text"
            readOnly
            value={manual}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
