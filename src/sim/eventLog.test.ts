import { describe, expect, it } from 'vitest';
import { EventLog } from './eventLog.ts';

const idsRead = (log: EventLog, cursor: number, until?: number) => {
  const ids: number[] = [];
  const result = log.readSince(cursor, (e) => ids.push(e.id), until);
  return { ids, ...result };
};

describe('EventLog.readSince up to an earlier instant', () => {
  it('stops where the instant’s events end, and the next read goes on from there', () => {
    const log = new EventLog(8);
    for (let id = 1; id <= 5; id++) log.write(0, id, id);
    expect(idsRead(log, 0, 3)).toEqual({ ids: [1, 2, 3], cursor: 3, missed: 0 });
    expect(idsRead(log, 3)).toEqual({ ids: [4, 5], cursor: 5, missed: 0 });
  });

  it('reads nothing, and keeps its cursor, when the instant is before it', () => {
    const log = new EventLog(8);
    for (let id = 1; id <= 5; id++) log.write(0, id, id);
    expect(idsRead(log, 4, 2)).toEqual({ ids: [], cursor: 4, missed: 0 });
  });

  it('still says how many were overwritten unread', () => {
    const log = new EventLog(4);
    for (let id = 1; id <= 10; id++) log.write(0, id, id);
    expect(idsRead(log, 2, 8)).toEqual({ ids: [7, 8], cursor: 8, missed: 4 });
  });
});
