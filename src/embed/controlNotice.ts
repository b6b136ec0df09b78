/**
 * The figure's note about the last control on the page it could not use. Kept outside React, so a
 * message that arrives before the controls have loaded is still shown once they have.
 */
export interface ControlProblem {
  message: string;
  /** Counts problems, so the note shows again for a new one after the reader dismissed the last. */
  serial: number;
}

export interface ControlNotice {
  /** The problem to show, or null; a new object for each change. */
  readonly current: ControlProblem | null;
  show(message: string): void;
  /** The next control worked: the note about an earlier one no longer applies. */
  clear(): void;
  /** Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createControlNotice(): ControlNotice {
  let current: ControlProblem | null = null;
  let serial = 0;
  const listeners = new Set<() => void>();
  const change = (next: ControlProblem | null) => {
    current = next;
    for (const listener of listeners) listener();
  };
  return {
    get current() {
      return current;
    },
    show(message) {
      change({ message, serial: ++serial });
    },
    clear() {
      if (current !== null) change(null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
