/**
 * Messages waiting out a retry backoff, in a tray under the producer, each with a ring that fills as
 * its backoff runs out. Tracked one by one up to TRAY_CAP; the tray draws no more blocks than the
 * count written over it, and marks those it cannot draw ("+k"), so the two always add up.
 */
import type { SimSnapshot } from '../sim/snapshot.ts';
import type { TrayView } from './scene.ts';
import { trayBlockSize, type StageLayout } from './stageLayout.ts';

export const TRAY_CAP = 24;

interface Entry {
  alive: boolean;
  id: number;
  style: number;
  startAt: number;
  until: number;
  /** Wall time it lands in the tray (after its bounce back). */
  visibleFrom: number;
  x: number;
  y: number;
}

/** How many blocks the tray shows side by side; the rest are only counted. */
export function traySlots(layout: StageLayout): number {
  const size = trayBlockSize(layout);
  return Math.max(0, Math.floor((layout.tray.w - 4) / (size + 3)));
}

/** Centre of tray slot `index`. */
export function traySlotX(layout: StageLayout, index: number): number {
  const size = trayBlockSize(layout);
  return layout.tray.x + size * 0.5 + 2 + index * (size + 3);
}
export function traySlotY(layout: StageLayout): number {
  return layout.tray.y + layout.tray.h - trayBlockSize(layout) * 0.5 - 2;
}

/** Slots the "+k" mark takes for up to `count` retries (about 0.6 em a character, and a margin). */
export function trayMarkSlots(layout: StageLayout, count: number): number {
  const text = 0.62 * layout.fonts.smallPx * (1 + String(Math.max(0, count)).length) + 4;
  return Math.max(1, Math.ceil(text / (trayBlockSize(layout) + 3)));
}

export class RetryTray {
  private readonly entries: Entry[] = Array.from({ length: TRAY_CAP }, () => ({
    alive: false,
    id: -1,
    style: 0,
    startAt: 0,
    until: 0,
    visibleFrom: 0,
    x: 0,
    y: 0,
  }));
  private readonly views: TrayView[] = [];

  /** Puts a message in the tray until simulated time `until`; returns its entry, or null if full. */
  add(
    id: number,
    style: number,
    startAt: number,
    until: number,
    layout: StageLayout,
    visibleFrom: number,
  ): Entry | null {
    const entry = this.entries.find((t) => !t.alive);
    if (entry === undefined) return null;
    let index = 0;
    for (const t of this.entries) if (t.alive) index++;
    entry.alive = true;
    entry.id = id;
    entry.style = style;
    entry.startAt = startAt;
    entry.until = until;
    entry.visibleFrom = visibleFrom;
    // Past the last slot shown it lands on the last one (and is counted): never outside the tray.
    entry.x = traySlotX(layout, Math.max(0, Math.min(index, traySlots(layout) - 1)));
    entry.y = traySlotY(layout);
    return entry;
  }

  /** Takes a message out for its retry; returns its entry (for where it leaves from), or null. */
  take(id: number): Entry | null {
    const entry = this.entries.find((t) => t.alive && t.id === id);
    if (entry === undefined) return null;
    entry.alive = false;
    return entry;
  }

  /**
   * Lays the tray out again and lists what to draw in `out`, so that the blocks drawn and the count
   * written beside them agree: exactly `count` blocks (the number the stage writes), or fewer and a
   * "+k" mark for the rest. Returns k, the retries counted but not drawn (0 when every one is).
   */
  advance(
    snapshot: SimSnapshot,
    layout: StageLayout,
    wallNow: number,
    count: number,
    out: TrayView[],
  ): number {
    out.length = 0;
    const slots = traySlots(layout);
    // With more than fit, the last slots hold the mark.
    const room = Math.max(0, count > slots ? slots - trayMarkSlots(layout, count) : count);
    for (const t of this.entries) {
      if (!t.alive) continue;
      // A retry the log never reported (it fell behind) would otherwise wait here for ever.
      if (snapshot.now > t.until + 1) {
        t.alive = false;
        continue;
      }
      // Side by side from the left, without gaps; one not drawn leaves from the next slot free.
      t.x = traySlotX(layout, Math.max(0, Math.min(out.length, slots - 1)));
      t.y = traySlotY(layout);
      if (out.length >= room || wallNow < t.visibleFrom) continue;
      const span = t.until - t.startAt;
      this.views[out.length] ??= { id: -1, x: 0, y: 0, style: 0, progress: 0 };
      const v = this.views[out.length] as TrayView;
      v.id = t.id;
      v.x = t.x;
      v.y = t.y;
      v.style = t.style;
      v.progress = span > 0 ? Math.min(1, Math.max(0, (snapshot.now - t.startAt) / span)) : 1;
      out.push(v);
    }
    return Math.max(0, count - out.length);
  }

  clear(): void {
    for (const t of this.entries) t.alive = false;
  }
}
