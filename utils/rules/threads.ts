// How one read of the page changes the stored threads. Pure and idempotent:
// the same observation twice, or two tabs sending the same page, leave the
// same state; an older read never rolls a newer state back.
//
// Five notions of time, and what each keeps:
// - last.at: when the last message was written, a range that holds the true time; reading the same
//   message again only narrows it (a later message replaces it).
// - last.seenAt: when the page was read; it orders only reads that disagree about the same moment.
// - waitingSince .. waitingSinceLatest: the range the client's unanswered run began in. The earliest
//   end never moves later without a read that bounds the run (never more time than the client gave);
//   the latest end is the earliest of the latest bounds of the run's messages.
// - answeredSeenAt (and a row's answeredUntil): the latest read that saw the room answered; it only
//   grows, so reads in any order leave the same state.
// - updatedAt: when the record was written; bookkeeping, never evidence.
import type { LastMessage, Observation, Thread, TimeRange } from '@/utils/model/types';
import { isExact, MINUTE } from '@/utils/model/time';
import { latestStart } from './reply-windows';

import { conversationEvidence, rowEvidence, type Evidence } from './evidence';

export { conversationEvidence } from './evidence';
export { EMPTY_STATUS, pageAfter } from './page-status';

export function emptyThread(roomId: string, now: number): Thread {
  return {
    roomId,
    name: '',
    title: '',
    contract: 'unknown',
    last: null,
    waitingSince: null,
    exact: false,
    answeredSeenAt: null,
    updatedAt: now,
  };
}

const overlaps = (a: TimeRange, b: TimeRange) => a.earliest <= b.latest && b.earliest <= a.latest;

/**
 * Is `ev` about a later message than `cur`? Message ids decide when the
 * conversation gave them (a tab whose last message is one we saw followed by
 * another is stale). Otherwise times decide only when the ranges do not
 * overlap. Overlapping ranges (a day-wide list text, or the repeated hour of
 * a fall-back night, where "1:10 AM" EST comes after "1:50 AM" EDT) leave
 * the order unknown: then a change of author is taken from the later read,
 * whose page is the more recent, so a reply in the repeated hour ends the wait
 * whichever read arrives first. The limit: a stale tab read later still wins
 * such a tie.
 */
function supersedes(ev: Evidence, cur: LastMessage): boolean {
  if (ev.id && cur.id) {
    if (ev.id === cur.id || cur.before?.includes(ev.id)) return false;
    if (ev.before?.includes(cur.id)) return true;
  }
  if (ev.at.earliest > cur.at.latest) return true;
  if (ev.at.latest < cur.at.earliest) return false;
  return ev.by !== cur.by && ev.seenAt > cur.seenAt;
}

/**
 * A read or a watch saw the room answered at `seen`: is that evidence that the
 * client's message at `at` is the first of its run? Only if `seen` falls in the
 * minute before the message or the message's own minute. A row that flips later
 * than the time it shows proves the page was not live while it looked
 * answered (a frozen tab catching up), so the watch says nothing about what
 * came before: "answered until" is capped by what the row shows.
 */
const answeredJustBefore = (seen: number, at: TimeRange) => seen >= at.earliest - MINUTE && seen <= at.latest;

/**
 * Where the client's unanswered run began. A run start bounded by the
 * freelancer's message (read in the conversation) is the start. Otherwise
 * every candidate is a moment the run had begun by, so the earliest wins,
 * whatever its precision; it is exact only if we saw the room answered just
 * before it (otherwise earlier client messages may have gone unseen).
 */
function waitStart(t: Thread, ev: Evidence): Wait {
  const first = ev.runStart?.at ?? ev.at;
  if (ev.runStart?.bounded) return { since: first.earliest, latest: first.latest, exact: isExact(first) };
  if (t.last?.by === 'client' && t.waitingSince !== null) {
    // The run had begun by every message in it: by the latest bound of each.
    const latest = Math.min(latestStart({ ...t, waitingSince: t.waitingSince }), first.latest);
    return { since: Math.min(t.waitingSince, first.earliest), latest, exact: t.exact && t.waitingSince <= first.earliest };
  }
  const watched = [t.answeredSeenAt, ev.answeredUntil].some((seen) => seen != null && answeredJustBefore(seen, first));
  return { since: first.earliest, latest: first.latest, exact: isExact(first) && watched };
}

function apply(t: Thread, ev: Evidence): Thread {
  const cur = t.last;
  if (cur && !supersedes(ev, cur)) {
    if (cur.by !== ev.by || !overlaps(cur.at, ev.at)) return ev.by === 'freelancer' ? seenAnswered(t, ev.seenAt) : t;
    // The same last message again: keep the narrower time, and an exact run start over a bound.
    const at = { earliest: Math.max(cur.at.earliest, ev.at.earliest), latest: Math.min(cur.at.latest, ev.at.latest) };
    const next = {
      ...t,
      last: { ...cur, at, seenAt: Math.min(cur.seenAt, ev.seenAt), ...(!cur.id && ev.id && { id: ev.id, before: ev.before }) },
    };
    if (ev.by === 'freelancer') return seenAnswered(next, ev.seenAt);
    // Opening the room corrects any start it can see, exact or not. A message
    // marked "no reply needed" (no wait) stays so until the client writes again.
    if (ev.runStart && t.waitingSince !== null) return { ...next, ...pick(waitStart(t, ev)) };
    // The run had begun by this message: its narrower time narrows the start's latest bound.
    if (t.waitingSince !== null)
      return { ...next, waitingSinceLatest: Math.min(latestStart({ ...t, waitingSince: t.waitingSince }), at.latest) };
    return next;
  }
  if (ev.by === 'freelancer') {
    return seenAnswered(
      { ...t, last: strip(ev), waitingSince: null, waitingSinceLatest: null, exact: false, dismissed: null, snooze: null },
      ev.seenAt,
    );
  }
  // A new client message: it ends a dismissal and a snooze, whatever its time.
  return { ...t, last: strip(ev), ...pick(waitStart(t, ev)), dismissed: null, snooze: null };
}

/**
 * Notes a read that saw the room answered, even one older than what is stored:
 * reads from two tabs may arrive in any order and must leave the same state.
 */
function seenAnswered(t: Thread, seenAt: number): Thread {
  const answeredSeenAt = Math.max(t.answeredSeenAt ?? seenAt, seenAt);
  const last = t.last;
  // A wait read from the room list becomes exact once we know the room was answered just before it.
  const exact =
    t.exact ||
    (last?.by === 'client' && t.waitingSince === last.at.earliest && isExact(last.at) && answeredJustBefore(answeredSeenAt, last.at));
  return { ...t, answeredSeenAt, exact: last?.by === 'client' ? exact : t.exact };
}

/** Where a wait began: in [since, latest]; exact when known to the minute with nothing unseen before it. */
interface Wait {
  since: number;
  latest: number;
  exact: boolean;
}
const pick = (w: Wait) => ({ waitingSince: w.since, waitingSinceLatest: w.latest, exact: w.exact });
const strip = (ev: Evidence): LastMessage => ({ by: ev.by, at: ev.at, seenAt: ev.seenAt, ...(ev.id && { id: ev.id, before: ev.before }) });
/** The threads this observation changes, merged; unchanged threads are not returned. */
export function mergeObservation(stored: ReadonlyMap<string, Thread>, obs: Observation): Thread[] {
  const changed = new Map<string, Thread>();
  const get = (id: string) => changed.get(id) ?? stored.get(id) ?? emptyThread(id, obs.seenAt);
  const open = obs.open;
  const openEv = open ? conversationEvidence(open, obs.seenAt, get(open.roomId).dismissed?.lastAt) : null;
  for (const row of obs.rows) {
    let t = get(row.roomId);
    t = { ...t, name: row.name || t.name, title: row.title || t.title };
    // In the open room the conversation is the better witness; its row may lag behind it.
    const ev = openEv && row.roomId === open!.roomId ? null : rowEvidence(row, obs.seenAt, t.last);
    changed.set(row.roomId, ev ? apply(t, ev) : t);
  }
  if (open) {
    let t = get(open.roomId);
    t = {
      ...t,
      name: open.name || t.name,
      title: open.title || t.title,
      contract: open.contract === 'unknown' ? t.contract : open.contract,
    };
    changed.set(open.roomId, openEv ? apply(t, openEv) : t);
  }
  const out: Thread[] = [];
  for (const [id, t] of changed) {
    const before = stored.get(id);
    if (!before || !sameThread(before, t)) out.push({ ...t, updatedAt: obs.seenAt });
  }
  return out;
}

/** Equal in everything but the bookkeeping of when it was written. */
export function sameThread(a: Thread, b: Thread): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}
