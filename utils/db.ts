// The one module that opens IndexedDB. Threads are written only by the
// service worker; the popup reads. Migrations are numbered steps.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeObservation } from './threads';
import type { Observation, PageStatus, Thread } from './types';

export const DB_NAME = 'reply-window';
export const DB_VERSION = 1;
/** An old connection in another tab must not hang us: give up after this long. */
const OPEN_TIMEOUT_MS = 5_000;

export interface ReplyWindowDB extends DBSchema {
  threads: { key: string; value: Thread };
  meta: { key: 'page'; value: PageStatus };
}

export const EMPTY_STATUS: PageStatus = { lastReadAt: null, checkedAt: null, layout: null, missing: [], selfName: null };

let connection: Promise<IDBPDatabase<ReplyWindowDB>> | null = null;

export function db(): Promise<IDBPDatabase<ReplyWindowDB>> {
  connection ??= withTimeout(
    openDB<ReplyWindowDB>(DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('threads', { keyPath: 'roomId' });
          database.createObjectStore('meta');
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
