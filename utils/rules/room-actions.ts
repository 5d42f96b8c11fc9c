// What the user can tell Reply Window about a room. Pure: thread + now in,
// the thread to store out (or null when the action does not apply).
import type { AgreedTerms, Thread } from '@/utils/model/types';
import { DAY } from '@/utils/model/time';

/**
 * Snooze until `until`. Upwork's clock does not stop: the deadline shown stays the real one.
 * Invariant: a snooze or a dismissal ends only on a new client message. Each keeps the latest
 * bound of the message it was given for: a more precise time for that message stays inside it.
 */
export function snoozeRoom(t: Thread, until: number, now: number): Thread | null {
  if (t.last?.by !== 'client' || until <= now) return null;
  return { ...t, snooze: { until, lastAt: t.last.at.latest }, updatedAt: now };
}

export function unsnoozeRoom(t: Thread, now: number): Thread | null {
  return t.snooze ? { ...t, snooze: null, updatedAt: now } : null;
}

/** "No reply needed" (a client's "Thanks!"): the room stops awaiting until the client writes again. */
export function dismissRoom(t: Thread, now: number): Thread | null {
  if (t.last?.by !== 'client' || t.waitingSince === null) return null;
  const dismissed = {
    at: now,
    lastAt: t.last.at.latest,
    waitingSince: t.waitingSince,
    exact: t.exact,
    waitingSinceLatest: t.waitingSinceLatest ?? null,
  };
  return { ...t, dismissed, waitingSince: null, waitingSinceLatest: null, snooze: null, updatedAt: now };
}

/** Undoes "no reply needed" while the client has not written since. */
export function undoDismiss(t: Thread, now: number): Thread | null {
  const d = t.dismissed;
  if (!d || t.waitingSince !== null || t.last?.by !== 'client') return null;
  return {
    ...t,
    waitingSince: d.waitingSince,
    waitingSinceLatest: d.waitingSinceLatest ?? null,
    exact: d.exact,
    dismissed: null,
    updatedAt: now,
  };
}

/** The user's word on the contract: 'active', 'none', or null to go back to what the page shows. */
export function tagContract(t: Thread, tag: 'active' | 'none' | null, now: number): Thread {
  return { ...t, contractTag: tag, updatedAt: now };
}

/** 9:00 tomorrow, local time: "until tomorrow morning". */
export function tomorrowMorning(now: number, hour = 9): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, hour).getTime();
}

/** The agreed deadline of the work, or null to remove it. */
export function setDeadline(t: Thread, deadline: number | null, now: number): Thread {
  return { ...t, deadline, updatedAt: now };
}

/** "Tell the client by": 24 real hours before the deadline (Upwork: "at least 24 hours before"). */
export const tellClientBy = (deadline: number) => deadline - DAY;

/** Reply terms agreed with this client (null: back to Upwork's windows). Checked by the worker's guard first. */
export function setTerms(t: Thread, terms: AgreedTerms | null, now: number): Thread {
  return { ...t, terms, updatedAt: now };
}

/**
 * Tags the room as Direct Messages, or untags it; `direct` keeps when it was tagged. The tag forecast leaves
 * out all of the room's replies, earlier ones too. Only the forecast changes: the client still waits.
 */
export function tagDirect(t: Thread, direct: boolean, now: number): Thread | null {
  if (!!t.direct === direct) return null;
  return { ...t, direct: direct ? now : null, updatedAt: now };
}
