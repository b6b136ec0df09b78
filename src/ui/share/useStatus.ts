/**
 * A short confirmation ("Link copied") for a live region: it clears itself after a while, so the
 * same message said again later is announced again, and old news does not linger on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const SHOW_MS = 8000;

export function useStatus(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const show = useCallback((next: string) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    setMessage(next);
    timer.current = window.setTimeout(() => setMessage(''), SHOW_MS);
  }, []);
  return [message, show];
}
