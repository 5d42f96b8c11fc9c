// The clock can go backwards (an NTP step, a virtual machine resuming after it
// ran ahead). Times stored while it was ahead lie in the future; read back
// as they are, they outrank every true time: newer page evidence looks older,
// an old read looks newer than today's. So times read back from storage are
// clamped to "now". Pure.
import type { LastMessage, PageStatus, Thread } from '@/utils/model/types';

const cap = (t: number | null, now: number) => (t !== null && t > now ? now : t);

/**
 * A last message stamped in the future cannot be ordered against anything the
 * page says now: it keeps who wrote it, but its time becomes "some time before
 * now", so the page's next word on the room replaces it.
 */
function clampLast(last: LastMessage, now: number): LastMessage {
  if (last.at.latest <= now && last.seenAt <= now) return last;
  return { by: last.by, at: { earliest: 0, latest: now }, seenAt: 0 };
}

export function clampThread(t: Thread, now: number): Thread {
  const future =
    (t.last && (t.last.at.latest > now || t.last.seenAt > now)) ||
    (t.waitingSince ?? 0) > now ||
    (t.answeredSeenAt ?? 0) > now ||
    t.updatedAt > now ||
    (t.dismissed && t.dismissed.at > now) ||
    (t.snooze && t.snooze.lastAt > now);
  if (!future) return t; // the usual case costs one comparison per field and no copy
  return {
    ...t,
    last: t.last && clampLast(t.last, now),
    waitingSince: cap(t.waitingSince, now),
    ...(t.waitingSinceLatest != null && { waitingSinceLatest: cap(t.waitingSinceLatest, now) }),
    answeredSeenAt: cap(t.answeredSeenAt, now),
    updatedAt: Math.min(t.updatedAt, now),
    ...(t.dismissed && {
      dismissed: { ...t.dismissed, at: Math.min(t.dismissed.at, now), lastAt: Math.min(t.dismissed.lastAt, now) },
    }),
    // The snooze's end is a future time by design; only the message it belongs to is clamped.
    ...(t.snooze && { snooze: { ...t.snooze, lastAt: Math.min(t.snooze.lastAt, now) } }),
  };
}

/**
 * A check stored from the future would outrank every read today (a "?" would
 * stick): it becomes "some time before now", so the next read is newer.
 */
export function clampStatus(s: PageStatus, now: number): PageStatus {
  if ((s.lastReadAt ?? 0) <= now && (s.checkedAt ?? 0) <= now) return s;
  return { ...s, lastReadAt: cap(s.lastReadAt, now), checkedAt: (s.checkedAt ?? 0) > now ? 0 : s.checkedAt };
}
