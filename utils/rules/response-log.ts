// What goes into the response log, decided from a thread before and after a
// change. Pure. Entries are keyed so the same answer seen twice is one entry.
import { effectiveContract, isAwaiting } from './reply-windows';
import type { LogEntry, Thread } from '@/utils/model/types';
import { DAY, isExact } from '@/utils/model/time';

/** Entries older than this are pruned: 13 months. */
export const LOG_TTL = 396 * DAY;

/** One entry per answer: the room and the instant it ended (the reply's earliest time, or the dismissal). */
export const logEntryId = (roomId: string, at: number) => `${roomId}|${at}`;

/** The reply that took `before` (awaiting) to `after` (answered), if that is what happened. */
export function replyEntry(before: Thread | undefined, after: Thread): LogEntry | null {
  if (!before || !isAwaiting(before) || after.last?.by !== 'freelancer') return null;
  const replyAt = after.last.at.earliest;
  return {
    id: logEntryId(after.roomId, replyAt),
    roomId: after.roomId,
    kind: 'reply',
    clientAt: before.waitingSince,
    clientExact: before.exact,
    replyAt: Math.max(replyAt, before.waitingSince),
    replyExact: isExact(after.last.at),
    contract: effectiveContract(before) === 'active',
    ...(before.terms && { terms: before.terms }),
  };
}

/** A "no reply needed", logged apart from real replies. */
export function dismissEntry(before: Thread, now: number): LogEntry | null {
  if (!isAwaiting(before)) return null;
  return {
    id: logEntryId(before.roomId, now),
    roomId: before.roomId,
    kind: 'no-reply-needed',
    clientAt: before.waitingSince,
    clientExact: before.exact,
    replyAt: now,
    replyExact: true,
    contract: effectiveContract(before) === 'active',
  };
}
