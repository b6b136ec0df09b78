/** A pretend address bar for tests, on the global timers (so Vitest's fake timers drive it). */
import type { AddressHost } from '../followAddress.ts';

export function fakeAddressHost(start: string) {
  let url = start;
  const writes: string[] = [];
  const leave = new Set<() => void>();
  const host: AddressHost = {
    currentUrl: () => url,
    replaceUrl(next) {
      url = next;
      writes.push(next);
    },
    setTimer: (callback, ms) => setTimeout(callback, ms) as unknown as number,
    clearTimer: (handle) => clearTimeout(handle),
    onLeave(callback) {
      leave.add(callback);
      return () => leave.delete(callback);
    },
  };
  return {
    host,
    /** Every address written, in order. */
    writes,
    /** Pretends the page is being left. */
    leave: () => leave.forEach((c) => c()),
    url: () => url,
  };
}
