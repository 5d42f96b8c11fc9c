// The rooms as the page shows them: one observation merged in one transaction, and the reads of the
// worker and the popup, each through an index or by id (an agency's 10,000 rooms cost 1 s to read whole).
import { EMPTY_STATUS, mergeObservation, pageAfter } from '@/utils/rules/threads';
import { replyEntry } from '@/utils/rules/response-log';
import { clampStatus, clampThread } from '@/utils/rules/clock-skew';
import type { LogEntry, Observation, PageStatus, Thread } from '@/utils/model/types';
import { db } from './connection';

/** Past this many rows, one getAll may beat one get per row, when the store holds not many more rooms. */
const MANY_ROWS = 50;

/**
 * Merges one observation in a single transaction; returns the threads it changed. It gives no room a
 * choice (the merge only clears a snooze or a dismissal, whose set-time stays), so the choices index
 * (chosen-rooms.ts) is not touched.
 */
export async function storeObservation(obs: Observation): Promise<Thread[]> {
  const d = await db();
  const tx = d.transaction(['threads', 'meta', 'log'], 'readwrite');
  const threads = tx.objectStore('threads');
  const meta = tx.objectStore('meta');
  const log = tx.objectStore('log');
  const ids = new Set(obs.rows.map((r) => r.roomId));
  if (obs.open) ids.add(obs.open.roomId);
  // A list of 500 rooms is read in one request rather than one per room, but only where the store is
  // about that size: at agency scale (10,000 rooms) one get per row reads 20 times less.
  const whole = ids.size > MANY_ROWS && (await threads.count()) <= 2 * ids.size;
  const read = whole ? threads.getAll() : Promise.all([...ids].map((id) => threads.get(id)));
  const [existing, status] = await Promise.all([read, meta.get('page') as Promise<PageStatus | undefined>]);
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

/** Every stored room: for the backup and the tests, never on the worker's paths. */
export async function allThreads(): Promise<Thread[]> {
  return (await db()).getAll('threads');
}

export async function getThread(roomId: string): Promise<Thread | undefined> {
  return (await db()).get('threads', roomId);
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

/** What a refresh needs: the rooms with a wait, and those with an agreed deadline (through indexes). */
export async function threadsToWatch(): Promise<{ waiting: Thread[]; withDeadline: Thread[] }> {
  const [waiting, withDeadline] = await fromIndexes(['waitingSince', 'deadline']);
  return { waiting, withDeadline };
}

/** The rooms tagged Direct Messages, through their sparse index: a few records, never every room. */
export async function directRoomIds(): Promise<Set<string>> {
  return new Set(await (await db()).getAllKeysFromIndex('threads', 'direct'));
}

export async function pageStatus(): Promise<PageStatus> {
  return ((await (await db()).get('meta', 'page')) as PageStatus | undefined) ?? EMPTY_STATUS;
}

export async function allLog(): Promise<LogEntry[]> {
  return (await db()).getAllFromIndex('log', 'replyAt');
}

/** The log entries answered after `since`, through the replyAt index (not the whole log). */
export async function logSince(since: number): Promise<LogEntry[]> {
  return (await db()).getAllFromIndex('log', 'replyAt', IDBKeyRange.lowerBound(since, true));
}

/** The rooms marked "no reply needed", through their index (the popup's first frame offers their undo). */
export async function dismissedThreads(): Promise<Thread[]> {
  return (await db()).getAllFromIndex('threads', 'dismissedAt');
}
