/**
 * Messages waiting out a retry backoff, in a tray under the producer, each with a ring that fills as
 * its backoff runs out. Tracked one by one up to TRAY_CAP; the tray draws no more blocks than the
 * count written over it, and marks those it cannot draw ("+k more"), so the two always add up.
 *
 * Blocks fly in along the tray's row from its right end (down the gap beside the well), so the tray
 * fills from the right and the mark stands at its left end, where nothing flies: a reader saw blocks
 * fly across "+9 more" when the mark stood at the right, where they came in.
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

/** Centre of tray slot `index`, counted from the tray's left end. */
export function traySlotX(layout: StageLayout, index: number): number {
  const size = trayBlockSize(layout);
  return layout.tray.x + size * 0.5 + 2 + index * (size + 3);
}
export function traySlotY(layout: StageLayout): number {
  return layout.tray.y + layout.tray.h - trayBlockSize(layout) * 0.5 - 2;
}

/**
 * Slots the "+k more" mark takes at the tray's left end when more wait than fit: room for "+k more"
 * where that leaves two slots for blocks, else for "+k" (about 0.62 em a character for up to three
 * digits, and a margin; a longer count takes the short form). Blocks flying in land right of it, so it is never flown across or landed on,
 * even when it appears while they are on their way.
 */
export function trayMarkSlots(layout: StageLayout): number {
  const slots = traySlots(layout);
  const slotsFor = (chars: number) =>
    Math.max(1, Math.ceil((0.62 * layout.fonts.smallPx * chars + 4) / (trayBlockSize(layout) + 3)));
  const long = slotsFor('+999 more'.length);
  const mark = slots - long >= 2 ? long : slotsFor('+999'.length);
  return Math.max(0, Math.min(slots - 1, mark));
}

/** Slot (from the left) of the `n`th block drawn (from the right), `n` from 0. */
function slotFromRight(layout: StageLayout, n: number): number {
  return Math.max(0, traySlots(layout) - 1 - n);
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
  /** After `advance`: the blocks on their way in that it counted as shown. */
  coming = 0;

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
    // From the right, as it flies in; never left of where a mark may stand, nor outside the tray.
    entry.x = traySlotX(layout, Math.max(trayMarkSlots(layout), slotFromRight(layout, index)));
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
   * written beside them agree: exactly `count` blocks (the number the stage writes, those still
   * flying in included), or fewer and a "+k" mark for the rest. Returns k, the retries counted but
   * neither drawn nor on their way in (0 when every one is).
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
    // With more than fit, the first slots hold the mark, and the rest the blocks drawn.
    const room = count > slots ? slots - trayMarkSlots(layout) : count;
    // Blocks still flying in are in view, on their way to a slot of their own: counted as shown.
    let coming = 0;
    for (const t of this.entries) {
      if (!t.alive) continue;
      // A retry the log never reported (it fell behind) would otherwise wait here for ever.
      if (snapshot.now > t.until + 1) {
        t.alive = false;
        continue;
      }
      // Side by side from the right, without gaps; one not drawn leaves from beside the last drawn.
      t.x = traySlotX(layout, slotFromRight(layout, Math.min(out.length, Math.max(0, room - 1))));
      t.y = traySlotY(layout);
      if (out.length >= room) continue;
      if (wallNow < t.visibleFrom) {
        coming++;
        continue;
      }
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
    // Only what is neither in the tray nor on its way there is marked: a reader saw "+1 more" under
    // the tray's blocks while one flew in, the mark standing where the blocks had filled the tray.
    this.coming = Math.min(coming, Math.max(0, room - out.length), Math.max(0, count - out.length));
    return Math.max(0, count - out.length - this.coming);
  }

  clear(): void {
    for (const t of this.entries) t.alive = false;
  }
}
