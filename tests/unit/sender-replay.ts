// Replays what a sender delivered through the real merge and the real log, as the worker stores it.
import type { LogEntry, Observation, RoomRow, Thread } from '@/utils/model/types';
import { mergeObservation } from '@/utils/rules/threads';
import { replyEntry } from '@/utils/rules/response-log';
import { MINUTE } from '@/utils/model/time';

export const AT_9 = Date.UTC(2026, 2, 10, 9);

/** A list row with a minute-precise time `minutes` after 9:00. */
export const timedRow = (roomId: string, lastBy: RoomRow['lastBy'], minutes: number): RoomRow => ({
  roomId,
  name: 'Ada L.',
  title: 'Site fixes',
  lastBy,
  lastAt: { earliest: AT_9 + minutes * MINUTE, latest: AT_9 + minutes * MINUTE + MINUTE - 1 },
});

export function replay(delivered: Observation[]): { threads: Map<string, Thread>; log: LogEntry[] } {
  const threads = new Map<string, Thread>();
  const log: LogEntry[] = [];
  for (const o of delivered) {
    for (const t of mergeObservation(threads, o)) {
      const e = replyEntry(threads.get(t.roomId), t);
      if (e) log.push(e);
      threads.set(t.roomId, t);
    }
  }
  return { threads, log };
}
