// The one module that opens IndexedDB. Threads are written only by the
// service worker; the popup reads. Migrations are numbered steps.
import { openDB, type IDBPDatabase } from 'idb';
import { EMPTY_STATUS, mergeObservation, pageAfter } from '@/utils/rules/threads';
import { DB_NAME, DB_VERSION, migrate, type ReplyWindowDB } from './schema';

export { DB_NAME, DB_VERSION, migrate };
import { pageAfterRestore, restorePlan, type Backup } from './backup';
import { invitationsToRestore } from './backup-invitations';
import { LOG_TTL, logEntryId, replyEntry } from '@/utils/rules/response-log';
import { undoDismiss } from '@/utils/rules/room-actions';
import { stampChoices } from '@/utils/rules/choices';
import { clampStatus, clampThread } from '@/utils/rules/clock-skew';
import { isForgotten, isForgottenInvitation, newestInvitation, pruneAsOf } from '@/utils/rules/retention';
import type { Invitation, InvitationObservation, LogEntry, Observation, PageStatus, ProposalsStatus, Thread } from '@/utils/model/types';
import { EMPTY_PROPOSALS, mergeInvitations, proposalsAfter } from '@/utils/rules/invitations';
import { DAY } from '@/utils/model/time';
import { isRoomId } from '@/utils/upwork/addresses';

/** An old connection in another tab must not hang us: give up after this long. */
const OPEN_TIMEOUT_MS = 5_000;

/** Handled warnings are kept this long, well past the longest window. */
const NOTICE_TTL = 30 * DAY;

let connection: Promise<IDBPDatabase<ReplyWindowDB>> | null = null;

export function db(): Promise<IDBPDatabase<ReplyWindowDB>> {
  connection ??= withTimeout(
    openDB<ReplyWindowDB>(DB_NAME, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => migrate(database, oldVersion, DB_VERSION, tx),
      // A newer version elsewhere wants the database: step aside and reopen next time.
      blocking() {
        void connection?.then((d) => d.close());
        connection = null;
      },
      terminated() {
        connection = null;
      },
    }),
    OPEN_TIMEOUT_MS,
  ).catch((err) => {
    connection = null;
    throw err;
  });
  return connection;
}

/** Closes the connection; the next call opens a new one, as a restarted worker does. */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  (await open?.catch(() => null))?.close();
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms (blocked by another tab?)`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Merges one observation in a single transaction; returns the threads it changed. */
export async function storeObservation(obs: Observation): Promise<Thread[]> {
  const d = await db();
  const tx = d.transaction(['threads', 'meta', 'log'], 'readwrite');
  const threads = tx.objectStore('threads');
  const meta = tx.objectStore('meta');
  const log = tx.objectStore('log');
  const ids = new Set(obs.rows.map((r) => r.roomId));
  if (obs.open) ids.add(obs.open.roomId);
  // A whole room list is read in one request rather than one per room (500 gets cost more than one getAll).
  const read = ids.size > 50 ? threads.getAll() : Promise.all([...ids].map((id) => threads.get(id)));
  const [existing, status] = await Promise.all([read, meta.get('page')]);
  // Times stored while the clock ran ahead would outrank what the page says now.
  const now = Math.max(Date.now(), obs.seenAt);
  const stored = new Map(existing.filter((t): t is Thread => !!t).map((t) => [t.roomId, clampThread(t, now)]));
  const changed = mergeObservation(stored, obs);
  const page = pageAfter(clampStatus(status ?? EMPTY_STATUS, now), obs);
  // An answer seen twice, or from two tabs, has the same id: put() keeps one entry.
  const replies = changed.map((t) => replyEntry(stored.get(t.roomId), t)).filter((e): e is LogEntry => !!e);
  await Promise.all([...changed.map((t) => threads.put(t)), ...replies.map((e) => log.put(e)), meta.put(page, 'page'), tx.done]);
  return changed;
}

/** The names of these rooms (those with a stored name), read one by one: the stats need only a few. */
export async function roomNames(ids: Iterable<string>): Promise<Map<string, string>> {
  const store = (await db()).transaction('threads').store;
  const found = await Promise.all([...ids].map((id) => store.get(id)));
  return new Map(found.filter((t): t is Thread => !!t?.name).map((t) => [t.roomId, t.name]));
}

export async function allThreads(): Promise<Thread[]> {
  return (await db()).getAll('threads');
}

/** The rooms in each of these indexes, read in one transaction: never every stored room. */
async function fromIndexes(names: ('waitingSince' | 'deadline' | 'dismissedAt')[]): Promise<Thread[][]> {
  const tx = (await db()).transaction('threads');
  return Promise.all(names.map((name) => tx.store.index(name).getAll()));
}

/** What the popup lists, read through the indexes in one transaction: never every stored room. */
export async function popupThreads(): Promise<{ awaiting: Thread[]; withDeadline: Thread[]; dismissed: Thread[] }> {
  const [awaiting, withDeadline, dismissed] = await fromIndexes(['waitingSince', 'deadline', 'dismissedAt']);
  return { awaiting, withDeadline, dismissed };
}

/** The rooms marked "no reply needed", through their index (the popup's first frame offers their undo). */
export async function dismissedThreads(): Promise<Thread[]> {
  return (await db()).getAllFromIndex('threads', 'dismissedAt');
}

/**
 * What a refresh needs: the rooms with a wait, and those with an agreed deadline
 * (read through indexes: an agency's 10,000 rooms cost 1 s to read whole).
 */
export async function threadsToWatch(): Promise<{ waiting: Thread[]; withDeadline: Thread[] }> {
  const [waiting, withDeadline] = await fromIndexes(['waitingSince', 'deadline']);
  return { waiting, withDeadline };
}

/** The rooms tagged Direct Messages, through their sparse index: a few records, never every room. */
export async function directRoomIds(): Promise<Set<string>> {
  return new Set(await (await db()).getAllKeysFromIndex('threads', 'direct'));
}

/** The key of the last record in an index (its newest time), or null when it holds none. */
async function newestKey(index: { openKeyCursor(q: null, dir: 'prev'): Promise<{ key: unknown } | null> }): Promise<number | null> {
  const key = (await index.openKeyCursor(null, 'prev'))?.key;
  return typeof key === 'number' ? key : null;
}

/** Forgets the rooms answered and untouched for 13 months (see isForgotten, pruneAsOf); returns how many. */
export async function pruneThreads(now: number): Promise<number> {
  const tx = (await db()).transaction('threads', 'readwrite');
  const byTime = tx.store.index('updatedAt');
  const asOf = pruneAsOf(now, await newestKey(byTime));
  const old = await byTime.getAll(IDBKeyRange.upperBound(Math.max(asOf - LOG_TTL, 0), true));
  const gone = old.filter((t) => isForgotten(t, asOf));
  await Promise.all([...gone.map((t) => tx.store.delete(t.roomId)), tx.done]);
  return gone.length;
}

export async function pageStatus(): Promise<PageStatus> {
  return (await (await db()).get('meta', 'page')) ?? EMPTY_STATUS;
}

/**
 * What was handled, and when. One stamped after `now` (the clock went back)
 * cannot be ordered against any wait: it is left out, so a new wait is warned
 * (at worst a warning repeats once) rather than silenced.
 */
export async function handledNotices(now = Date.now()): Promise<Map<string, number>> {
  const all = await (await db()).getAll('notices');
  return new Map(all.filter((n) => n.at <= now).map((n) => [n.key, n.at]));
}

/**
 * Records handled warnings and forgets those that can no longer matter, in one
 * transaction. Invariant: a warning is handled for one room, one threshold and one
 * deadline (its key, notify-plan's handledKey), and kept exactly while the wait it belongs to lasts. A room's warnings are kept while its wait lasts, however long
 * ("once per wait, ever"); they go once that wait has ended. Other records
 * (deadlines, digests, reminders) go after NOTICE_TTL.
 * `waits`: roomId -> start of its current wait, for every room awaiting a reply.
 */
export async function recordNotices(keys: string[], now: number, waits: ReadonlyMap<string, number>): Promise<void> {
  const tx = (await db()).transaction('notices', 'readwrite');
  const old = (await tx.store.getAll()).filter((n) => noticeEnded(n, now, waits));
  await Promise.all([...keys.map((key) => tx.store.put({ key, at: now })), ...old.map((n) => tx.store.delete(n.key)), tx.done]);
}

function noticeEnded(n: { key: string; at: number }, now: number, waits: ReadonlyMap<string, number>): boolean {
  const [roomId, kind] = n.key.split('|');
  if (isRoomId(roomId) && kind !== 'deadline') {
    const since = waits.get(roomId);
    return since === undefined || n.at < since;
  }
  return n.at < now - NOTICE_TTL;
}

/** Applies a user action to one room; `change` returns null when it does not apply. `entry` may log it. */
export async function updateThread(
  roomId: string,
  change: (t: Thread) => Thread | null,
  entry?: (before: Thread) => LogEntry | null,
): Promise<Thread | null> {
  const tx = (await db()).transaction(['threads', 'log'], 'readwrite');
  const store = tx.objectStore('threads');
  const t = await store.get(roomId);
  // Every choice records when it was set (or cleared): a restore or a sync keeps the later one.
  const next = t ? stampOrNull(t, change(t)) : null;
  const logged = next && t && entry ? entry(t) : null;
  if (next) await store.put(next);
  if (logged) await tx.objectStore('log').put(logged);
  await tx.done;
  return next;
}

const stampOrNull = (before: Thread, after: Thread | null) => (after ? stampChoices(before, after) : null);

/** Undoes "no reply needed" and drops its log entry in one transaction: both happen, or neither. */
export async function undoDismissal(roomId: string, now: number): Promise<Thread | null> {
  const tx = (await db()).transaction(['threads', 'log'], 'readwrite');
  const store = tx.objectStore('threads');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    const t = await store.get(roomId);
    const next = t ? stampOrNull(t, undoDismiss(t, now)) : null;
    if (next && t?.dismissed) {
      pending.push(store.put(next));
      pending.push(tx.objectStore('log').delete(logEntryId(roomId, t.dismissed.at)));
    }
    await Promise.all(pending);
    return next;
  } catch (err) {
    // A failed half takes the other half with it.
    for (const p of pending) p.catch(() => undefined);
    if (!tx.error) tx.abort();
    throw err;
  }
}

export async function getThread(roomId: string): Promise<Thread | undefined> {
  return (await db()).get('threads', roomId);
}

export async function allLog(): Promise<LogEntry[]> {
  return (await db()).getAllFromIndex('log', 'replyAt');
}

/** The log entries answered after `since`, through the replyAt index (not the whole log). */
export async function logSince(since: number): Promise<LogEntry[]> {
  return (await db()).getAllFromIndex('log', 'replyAt', IDBKeyRange.lowerBound(since, true));
}

/** Drops log entries older than 13 months before `now`, or before the newest entry if that is earlier (pruneAsOf). */
export async function pruneLog(now: number): Promise<number> {
  const tx = (await db()).transaction('log', 'readwrite');
  const byTime = tx.store.index('replyAt');
  const asOf = pruneAsOf(now, await newestKey(byTime));
  if (asOf === -Infinity) return 0;
  const old = await byTime.getAllKeys(IDBKeyRange.upperBound(asOf - LOG_TTL, true));
  await Promise.all([...old.map((k) => tx.store.delete(k)), tx.done]);
  return old.length;
}

/** "Delete everything": every room, every record of the page, every handled warning. */
export async function deleteAllData(): Promise<void> {
  const tx = (await db()).transaction(['threads', 'meta', 'notices', 'log', 'invitations', 'proposals'], 'readwrite');
  await Promise.all([
    tx.objectStore('invitations').clear(),
    tx.objectStore('proposals').clear(),
    tx.objectStore('threads').clear(),
    tx.objectStore('meta').clear(),
    tx.objectStore('notices').clear(),
    tx.objectStore('log').clear(),
    tx.done,
  ]);
}

/** Merges a checked backup in one transaction; returns how many rooms and entries it added or updated. */
export async function restoreBackup(backup: Backup, now: number): Promise<{ threads: number; log: number }> {
  const tx = (await db()).transaction(['threads', 'log', 'meta', 'invitations'], 'readwrite');
  const [threads, logIds, page, invitations] = await Promise.all([
    tx.objectStore('threads').getAll(),
    tx.objectStore('log').getAllKeys(),
    tx.objectStore('meta').get('page'),
    tx.objectStore('invitations').getAll(),
  ]);
  const plan = restorePlan(backup, new Map(threads.map((t) => [t.roomId, t])), new Set(logIds), now);
  const invited = invitationsToRestore(backup.invitations ?? [], new Map(invitations.map((i) => [i.id, i])));
  await Promise.all([
    ...invited.map((i) => tx.objectStore('invitations').put(i)),
    ...plan.threads.map((t) => tx.objectStore('threads').put(t)),
    ...plan.log.map((e) => tx.objectStore('log').put(e)),
    tx.objectStore('meta').put(pageAfterRestore(page ?? EMPTY_STATUS, backup, now), 'page'),
    tx.done,
  ]);
  return { threads: plan.threads.length, log: plan.log.length };
}

/** Merges one read of the proposals page (or an invitation's page) in one transaction; returns what changed. */
export async function storeInvitations(obs: InvitationObservation): Promise<Invitation[]> {
  const tx = (await db()).transaction(['invitations', 'proposals'], 'readwrite');
  const store = tx.objectStore('invitations');
  const [all, status] = await Promise.all([store.getAll(), tx.objectStore('proposals').get('status')]);
  const changed = mergeInvitations(new Map(all.map((i) => [i.id, i])), obs);
  await Promise.all([
    ...changed.map((i) => store.put(i)),
    tx.objectStore('proposals').put(proposalsAfter(status ?? EMPTY_PROPOSALS, obs), 'status'),
    tx.done,
  ]);
  return changed;
}

/**
 * Forgets invitations received more than 13 months ago; returns how many. `read`: the invitations the
 * caller already read (a refresh has), so none are read twice and most refreshes write nothing.
 */
export async function pruneInvitations(now: number, read?: readonly Invitation[]): Promise<number> {
  const all = read ?? (await allInvitations());
  const asOf = pruneAsOf(now, newestInvitation(all));
  const old = all.filter((i) => isForgottenInvitation(i, asOf));
  if (!old.length) return 0;
  const tx = (await db()).transaction('invitations', 'readwrite');
  await Promise.all([...old.map((i) => tx.store.delete(i.id)), tx.done]);
  return old.length;
}

export async function allInvitations(): Promise<Invitation[]> {
  return (await db()).getAll('invitations');
}

export async function proposalsStatus(): Promise<ProposalsStatus> {
  return (await (await db()).get('proposals', 'status')) ?? EMPTY_PROPOSALS;
}
