// Forgetting what is 13 months old (see retention.ts): run by the daily prune alarm, never by a refresh.
// Each reads through a time index only what it deletes.
import { LOG_TTL } from '@/utils/rules/response-log';
import { isForgotten, pruneAsOf } from '@/utils/rules/retention';
import { noteChoices } from './chosen-rooms';
import { db } from './connection';

/** The key of the last record in an index (its newest time), or null when it holds none. */
async function newestKey(index: { openKeyCursor(q: null, dir: 'prev'): Promise<{ key: unknown } | null> }): Promise<number | null> {
  const key = (await index.openKeyCursor(null, 'prev'))?.key;
  return typeof key === 'number' ? key : null;
}

/** Forgets the rooms answered and untouched for 13 months (see isForgotten, pruneAsOf); returns how many. */
export async function pruneThreads(now: number): Promise<number> {
  const tx = (await db()).transaction(['threads', 'meta'], 'readwrite');
  const store = tx.objectStore('threads');
  const byTime = store.index('updatedAt');
  const asOf = pruneAsOf(now, await newestKey(byTime));
  const old = await byTime.getAll(IDBKeyRange.upperBound(Math.max(asOf - LOG_TTL, 0), true));
  const gone = old.filter((t) => isForgotten(t, asOf)).map((t) => t.roomId);
  const unlisted = gone.length ? noteChoices(tx.objectStore('meta'), [], gone) : null;
  await Promise.all([...gone.map((id) => store.delete(id)), unlisted, tx.done]);
  return gone.length;
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
