/**
 * A polite live region for screen-reader users: where every column stands when the comparison is
 * paused. What a change did is said by the visible note beside the columns (see ChangeNote).
 */
import { useEffect, useState } from 'react';
import { columnLetter } from '../../compare/comparison.ts';
import { formatMs, formatShare } from '../../domain/format.ts';
import { compareStore } from './compareInstance.ts';

function pausedSentence(): string {
  const { live } = compareStore.getState();
  const columns = live.summaries.map((s, i) => {
    const lost = s.produced > 0 ? s.dropped.total / s.produced : 0;
    return `${columnLetter(i)}: ${s.delivered} delivered, ${formatShare(lost)} lost, ${s.queueDepth.now} waiting`;
  });
  return `Paused at ${formatMs(live.timeMs)}. ${columns.join('; ')}.`;
}

export function CompareAnnouncer() {
  const [text, setText] = useState('');
  useEffect(
    () =>
      compareStore.subscribe((state, previous) => {
        if (!state.playing && previous.playing) setText(pausedSentence());
      }),
    [],
  );
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
