// The one module that opens IndexedDB. Threads are written only by the
// service worker; the popup reads. Migrations are numbered steps (schema.ts).
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, migrate, type ReplyWindowDB } from './schema';

/** An old connection in another tab must not hang us: give up after this long. */
const OPEN_TIMEOUT_MS = 5_000;

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
