/**
 * A polite live region that tells screen-reader users how the run is going every few seconds,
 * not on every refresh, and right away when the run is paused or restarted.
 */
import { useEffect, useState } from 'react';
import { playgroundStore } from '../store/index.ts';
import { announcement } from './liveNumbers.ts';

const EVERY_MS = 5000;

/** The cards' numbers in a sentence: since the reader's last change, once there is one, as they are. */
function sentence(): string {
  const { live, scenario, engine, playing } = playgroundStore.getState();
  return announcement(live, scenario, engine, playing);
}

export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (playgroundStore.getState().playing && !document.hidden) setText(sentence());
    }, EVERY_MS);
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      if (state.playing !== previous.playing || state.version !== previous.version)
        setText(sentence());
    });
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
