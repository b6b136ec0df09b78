/**
 * "Show my progress to the instructor": the attendee's progress through the pack as a code to copy
 * and a QR code to show, for the instructor's room view (room.html). Nothing leaves the browser
 * unless the attendee sends it. Loaded on first use, the QR encoder later still.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { copyText } from '../share/copyText.ts';
import { useStatus } from '../share/useStatus.ts';
import { browserStorage } from './progressStorage.ts';
import { QrPicture } from './QrPicture.tsx';
import {
  progressCode,
  readAttendee,
  roomUrl,
  saveAttendee,
  type Attendee,
} from './roomProgress.ts';
import { useSession } from './session.ts';
import type { PackRef } from '../../store/types.ts';
import { cleanName } from '../../share/roomCode.ts';

const storage = browserStorage();

export interface ShowProgressProps {
  pack: { ref: PackRef; id: string; title: string; exerciseIds: readonly string[] };
  onClose: () => void;
}

export default function ShowProgress({ pack, onClose }: ShowProgressProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const progress = useSession((s) => s.progress);
  const [attendee, setAttendee] = useState<Attendee>(() => readAttendee(storage));
  const [nameText, setNameText] = useState(attendee.name ?? '');
  const [showQr, setShowQr] = useState(false);
  const [copied, say] = useStatus();
  const code = useMemo(() => progressCode(progress, pack, attendee), [progress, pack, attendee]);
  const passed = useMemo(
    () => [...(progress.get(pack.id)?.values() ?? [])].filter((e) => e.passedAt !== null).length,
    [progress, pack.id],
  );

  useEffect(() => heading.current?.focus(), []);

  const changeName = (text: string) => {
    setNameText(text);
    setAttendee((a) => saveAttendee(storage, { ...a, name: cleanName(text) }));
  };

  const copy = async () =>
    say(
      (await copyText(code))
        ? 'Code copied. Paste it where your instructor asked (a chat, a shared document).'
        : 'This browser did not allow copying: select the code and copy it yourself.',
    );

  return (
    <section className="show-progress" aria-labelledby={`${id}-title`} data-testid="show-progress">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Your progress, for the instructor
      </h3>
      <p className="help">
        This code says which exercises of “{pack.title}” you have checked ({passed} passed) and the
        settings you checked them with. Send it to your instructor, or show them the QR code.
        Nothing is sent unless you do.
      </p>
      {pack.ref.kind === 'file' && (
        <p className="help">
          This pack was loaded from a file: the instructor sees your answers only after loading the
          same file in the room view.
        </p>
      )}
      <label className="show-progress-name">
        Your name for the room (optional)
        <input
          type="text"
          value={nameText}
          maxLength={40}
          autoComplete="nickname"
          onChange={(event) => changeName(event.target.value)}
        />
      </label>
      <label className="show-progress-code">
        Your progress code
        <textarea
          readOnly
          rows={3}
          value={code}
          data-testid="progress-code"
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <div className="exercise-actions">
        <button type="button" className="button primary" onClick={copy}>
          Copy the code
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={showQr}
          onClick={() => setShowQr((shown) => !shown)}
        >
          {showQr ? 'Hide the QR code' : 'Show the QR code'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="share-status" role="status">
        {copied}
      </p>
      {showQr && (
        <div className="qr-frame">
          <QrPicture
            text={roomUrl(location.href, code)}
            label="A QR code of your progress: scanned, it opens the room view with your progress added."
          />
          <p className="help">
            Scanned with a phone, it opens the room view with your progress added.
          </p>
        </div>
      )}
    </section>
  );
}
