// The one module that opens IndexedDB. Threads are written only by the
// service worker; the popup reads. Migrations are numbered steps.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeObservation } from './threads';
import type { Observation, PageStatus, Thread } from './types';

export const DB_NAME = 'reply-window';
export const DB_VERSION = 2;
/** An old connection in another tab must not hang us: give up after this long. */
const OPEN_TIMEOUT_MS = 5_000;

export interface ReplyWindowDB extends DBSchema {
  threads: { key: string; value: Thread };
  meta: { key: 'page'; value: PageStatus };
  /** Warnings already handled (shown, summarised or silenced): key -> when. */
  notices: { key: string; value: { key: string; at: number } };
}

/** Handled warnings are kept this long, well past the longest window. */
const NOTICE_TTL = 30 * 24 * 3_600_000;

export const EMPTY_STATUS: PageStatus = { lastReadAt: null, checkedAt: null, layout: null, missing: [], selfName: null };

let connection: Promise<IDBPDatabase<ReplyWindowDB>> | null = null;

export function db(): Promise<IDBPDatabase<ReplyWindowDB>> {
  connection ??= withTimeout(
    openDB<ReplyWindowDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        // Numbered steps, never edited once shipped: a database of any past version walks up from where it is.
        if (oldVersion < 1) {
          database.createObjectStore('threads', { keyPath: 'roomId' });
          database.createObjectStore('meta');
        }
        if (oldVersion < 2) {
          database.createObjectStore('notices', { keyPath: 'key' });
        }
      },
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

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms (blocked by another tab?)`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Merges one observation in a single transaction; returns the threads it changed. */
export async function storeObservation(obs: Observation): Promise<Thread[]> {
  const d = await db();
  const tx = d.transaction(['threads', 'meta'], 'readwrite');
  const threads = tx.objectStore('threads');
  const meta = tx.objectStore('meta');
  const ids = new Set(obs.rows.map((r) => r.roomId));
  if (obs.open) ids.add(obs.open.roomId);
  const [existing, status] = await Promise.all([Promise.all([...ids].map((id) => threads.get(id))), meta.get('page')]);
  const stored = new Map(existing.filter((t): t is Thread => !!t).map((t) => [t.roomId, t]));
  const changed = mergeObservation(stored, obs);
  const page = pageAfter(status ?? EMPTY_STATUS, obs);
  await Promise.all([...changed.map((t) => threads.put(t)), meta.put(page, 'page'), tx.done]);
  return changed;
}

/** A late-arriving older read never overwrites what a newer one said about the page. */
function pageAfter(s: PageStatus, obs: Observation): PageStatus {
  const newer = obs.seenAt >= (s.checkedAt ?? 0);
  const recognised = obs.layout !== 'unrecognised';
  return {
    lastReadAt: recognised ? Math.max(s.lastReadAt ?? 0, obs.seenAt) : s.lastReadAt,
    checkedAt: newer ? obs.seenAt : s.checkedAt,
    layout: newer ? obs.layout : s.layout,
    missing: newer ? obs.missing : s.missing,
    selfName: obs.selfName ?? s.selfName,
  };
}

export async function allThreads(): Promise<Thread[]> {
  return (await db()).getAll('threads');
}

export async function pageStatus(): Promise<PageStatus> {
  return (await (await db()).get('meta', 'page')) ?? EMPTY_STATUS;
}

export async function handledNotices(): Promise<Map<string, number>> {
  const all = await (await db()).getAll('notices');
  return new Map(all.map((n) => [n.key, n.at]));
}

/** Records handled warnings, and forgets those older than any window, in one transaction. */
export async function recordNotices(keys: string[], now: number): Promise<void> {
  const tx = (await db()).transaction('notices', 'readwrite');
  const old = (await tx.store.getAll()).filter((n) => n.at < now - NOTICE_TTL);
  await Promise.all([...keys.map((key) => tx.store.put({ key, at: now })), ...old.map((n) => tx.store.delete(n.key)), tx.done]);
}

/** Applies a user action to one room; `change` returns null when it does not apply. */
export async function updateThread(roomId: string, change: (t: Thread) => Thread | null): Promise<Thread | null> {
  const tx = (await db()).transaction('threads', 'readwrite');
  const t = await tx.store.get(roomId);
  const next = t ? change(t) : null;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/** "Delete everything": every room, every record of the page, every handled warning. */
export async function deleteAllData(): Promise<void> {
  const tx = (await db()).transaction(['threads', 'meta', 'notices'], 'readwrite');
  await Promise.all([tx.objectStore('threads').clear(), tx.objectStore('meta').clear(), tx.objectStore('notices').clear(), tx.done]);
}
