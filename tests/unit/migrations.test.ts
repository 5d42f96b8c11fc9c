// Upgrades keep every record: a fixture database of each past schema version is
// built as that version built it, then opened by the current code.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Fixture {
  version: number;
  stores: Record<string, unknown[]>;
}
const fixtures = readdirSync('tests/fixtures/db').map(
  (f) => [f, JSON.parse(readFileSync(`tests/fixtures/db/${f}`, 'utf8')) as Fixture] as const,
);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
});

async function buildPast(f: Fixture) {
  const { migrate, DB_NAME } = await import('@/utils/storage/db');
  const old = await openDB(DB_NAME, f.version, { upgrade: (d, from) => migrate(d as never, from, f.version) });
  for (const [store, records] of Object.entries(f.stores)) {
    for (const r of records) {
      if (Array.isArray(r)) await old.put(store as never, r[1] as never, r[0] as never);
      else await old.put(store as never, r as never);
    }
  }
  old.close();
}

describe('every past schema version upgrades with 100% of its records', { timeout: 30_000 }, () => {
  it('there is a fixture for every past version', async () => {
    const { DB_VERSION } = await import('@/utils/storage/db');
    expect(fixtures.map(([, f]) => f.version).sort()).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });
  it.each(fixtures)('%s', async (_, f) => {
    await buildPast(f);
    vi.resetModules();
    const { db, DB_VERSION, allThreads, pageStatus, handledNotices, allLog, allInvitations } = await import('@/utils/storage/db');
    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    const byId = (a: { roomId: string }, b: { roomId: string }) => a.roomId.localeCompare(b.roomId);
    expect((await allThreads()).sort(byId)).toEqual([...(f.stores.threads as { roomId: string }[])].sort(byId));
    expect(await pageStatus()).toEqual((f.stores.meta[0] as [string, unknown])[1]);
    const notices = (f.stores.notices ?? []) as { key: string; at: number }[];
    expect(await handledNotices()).toEqual(new Map(notices.map((n) => [n.key, n.at])));
    expect(await allLog()).toEqual(f.stores.log ?? []);
    expect(await allInvitations()).toEqual([]); // schema 4 starts with no invitation, ready to read them
    expect([...d.objectStoreNames].sort()).toEqual(['invitations', 'log', 'meta', 'notices', 'proposals', 'threads']);
  });
});

describe('an old connection left open in another tab', () => {
  it('cannot hang the opening: the wait is bounded', async () => {
    const { migrate, DB_NAME } = await import('@/utils/storage/db');
    // An old tab holds version 2 open and ignores requests to close.
    await openDB(DB_NAME, 2, { upgrade: (d, from) => migrate(d as never, from, 2) });
    const { db } = await import('@/utils/storage/db');
    const started = Date.now();
    await expect(db()).rejects.toThrow(/did not open within/);
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 15_000);
  it('steps aside when a newer version needs the database (blocking), and opens again afterwards', async () => {
    const { db, DB_NAME, DB_VERSION } = await import('@/utils/storage/db');
    await db();
    const newer = await openDB(DB_NAME, DB_VERSION + 1); // would be blocked forever if we held on
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});
