/**
 * Which waiting message a free consumer takes next: first in first out, the newest first, the newest
 * first only under a backlog (adaptive LIFO), or first in first out with CoDel's shedding of messages
 * that have waited too long (RFC 8289, on time in queue).
 */
import type { Message } from './message.ts';
import type { QueueDiscipline } from './scenario.ts';
import type { WaitingRoom } from './waitingRoom.ts';

export const DISCIPLINE = { fifo: 0, lifo: 1, adaptiveLifo: 2, codel: 3 } as const;
export type DisciplineCode = (typeof DISCIPLINE)[keyof typeof DISCIPLINE];

export function disciplineCode(d: QueueDiscipline): DisciplineCode {
  switch (d.kind) {
    case 'fifo':
      return DISCIPLINE.fifo;
    case 'lifo':
      return DISCIPLINE.lifo;
    case 'adaptive-lifo':
      return DISCIPLINE.adaptiveLifo;
    case 'codel':
      return DISCIPLINE.codel;
  }
}

/**
 * CoDel as Facebook's servers use it ("Fail at scale", 2015): while the queue has been empty within
 * the last `intervalMs`, a message may wait up to that interval; once it has not, the queue is
 * standing, not absorbing a burst, and any message that waited longer than `targetMs` is shed as it
 * reaches the front. The standing queue melts at once instead of being served to requesters who
 * have stopped waiting.
 */
export class CoDel {
  private lastEmptyAt = 0;

  constructor(
    private targetMs: number,
    private intervalMs: number,
  ) {}

  configure(targetMs: number, intervalMs: number): void {
    this.targetMs = targetMs;
    this.intervalMs = intervalMs;
  }

  /** Takes the next message of `lane`, shedding through `shed` the heads that waited too long. */
  take(room: WaitingRoom, lane: number, now: number, shed: (m: Message) => void): Message | null {
    const limit = now - this.lastEmptyAt > this.intervalMs ? this.targetMs : this.intervalMs;
    let m = room.shift(lane);
    while (m !== null && now - m.slotAt > limit) {
      shed(m);
      m = room.shift(lane);
    }
    if (room.laneSize(lane) === 0) this.lastEmptyAt = now;
    return m;
  }
}

/** Whether adaptive LIFO serves the newest first at this depth. */
export function lifoNow(code: DisciplineCode, depth: number, lifoAboveDepth: number): boolean {
  return code === DISCIPLINE.lifo || (code === DISCIPLINE.adaptiveLifo && depth > lifoAboveDepth);
}
