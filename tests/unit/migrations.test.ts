// Upgrades keep every record: a fixture database of each past schema version is
// built as that version built it, then opened by the current code.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Imported once: a fresh import per test took over 5 s on a loaded machine (the suite's limit).
import {
  allInvitations,
  allLog,
  allThreads,
  closeDb,
  directRoomIds,
  db,
  DB_NAME,
  DB_VERSION,
  handledNotices,
  logSince,
  migrate,
  pageStatus,
  popupThreads,
  proposalsStatus,
  roomsWithChoices,
  threadsToWatch,
} from '@/utils/storage/db';
import type { LogEntry, Thread } from '@/utils/model/types';
import { EMPTY_PROPOSALS } from '@/utils/rules/invitations';

interface Fixture {
  version: number;
  stores: Record<string, unknown[]>;
}
const fixtures = readdirSync('tests/fixtures/db').map(
  (f) => [f, JSON.parse(readFileSync(`tests/fixtures/db/${f}`, 'utf8')) as Fixture] as const,
);

// Each test gets a fresh IndexedDB, and the module's connection to the last one is closed.
beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

async function buildPast(f: Fixture) {
  const old = await openDB(DB_NAME, f.version, { upgrade: (d, from, _to, tx) => migrate(d as never, from, f.version, tx as never) });
  for (const [store, records] of Object.entries(f.stores)) {
    for (const r of records) {
      if (Array.isArray(r)) await old.put(store as never, r[1] as never, r[0] as never);
      else await old.put(store as never, r as never);
    }
  }
  old.close();
}

describe('every past schema version upgrades with 100% of its records', () => {
  it('there is a fixture for every past version', () => {
    expect(fixtures.map(([, f]) => f.version).sort()).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });
  it.each(fixtures)('%s', async (_, f) => {
    await buildPast(f);
    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    const byId = (a: { roomId: string }, b: { roomId: string }) => a.roomId.localeCompare(b.roomId);
    const threads = [...(f.stores.threads as Thread[])].sort(byId);
    // Schema 6: each choice held gets the time it implies (a dismissal's or a tag's own, else the last change).
    const implied = (t: Thread) => {
      const at: Record<string, number> = {};
      for (const k of ['contractTag', 'terms', 'deadline', 'snooze'] as const) if (t[k] != null) at[k] = t.updatedAt;
      if (t.direct != null) at.direct = t.direct;
      if (t.dismissed) at.dismissed = t.dismissed.at;
      return Object.keys(at).length ? { ...t, chosenAt: at } : t;
    };
    expect((await allThreads()).sort(byId)).toEqual(threads.map(implied));
    // And through the indexes the worker and the popup read, not only getAll.
    const ids = (list: Thread[]) => list.map((t) => t.roomId).sort();
    const watched = await threadsToWatch();
    expect(ids(watched.waiting)).toEqual(ids(threads.filter((t) => t.waitingSince !== null)));
    expect(ids(watched.withDeadline)).toEqual(ids(threads.filter((t) => t.deadline != null)));
    const popup = await popupThreads();
    expect(ids(popup.awaiting)).toEqual(ids(watched.waiting));
    expect(ids(popup.dismissed)).toEqual(ids(threads.filter((t) => t.dismissed)));
    expect([...(await directRoomIds())].sort()).toEqual(ids(threads.filter((t) => t.direct != null)));
    // The choices index (no version of its own): built on first read, it holds every room with a choice.
    expect(ids(await roomsWithChoices())).toEqual(ids(threads.map(implied).filter((t) => t.chosenAt)));
    expect((await logSince(0)).map((e) => e.id).sort()).toEqual(((f.stores.log ?? []) as LogEntry[]).map((e) => e.id).sort());
    expect(await pageStatus()).toEqual((f.stores.meta[0] as [string, unknown])[1]);
    const notices = (f.stores.notices ?? []) as { key: string; at: number }[];
    expect(await handledNotices()).toEqual(new Map(notices.map((n) => [n.key, n.at])));
    const byReply = (a: { replyAt: number }, b: { replyAt: number }) => a.replyAt - b.replyAt;
    expect(await allLog()).toEqual([...((f.stores.log ?? []) as { replyAt: number }[])].sort(byReply));
    // Schema 4 starts with no invitation, ready to read them; from 4 on they are kept.
    const byInvitation = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await allInvitations()).sort(byInvitation)).toEqual([...((f.stores.invitations ?? []) as { id: string }[])].sort(byInvitation));
    expect(await proposalsStatus()).toEqual(((f.stores.proposals ?? [['status', EMPTY_PROPOSALS]])[0] as [string, unknown])[1]);
    expect([...d.objectStoreNames].sort()).toEqual(['invitations', 'log', 'meta', 'notices', 'proposals', 'threads']);
  });
});

describe('an old connection left open in another tab', () => {
  afterEach(() => void vi.useRealTimers());
  it('cannot hang the opening: the wait is bounded', async () => {
    // An old tab holds version 2 open and ignores requests to close.
    await openDB(DB_NAME, 2, { upgrade: (d, from, _to, tx) => migrate(d as never, from, 2, tx as never) });
    // The bound's own clock is faked, so the test needs no real 5 s and no machine speed.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const opening = db();
    const outcome = expect(opening).rejects.toThrow(/did not open within/);
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
  });
  it('steps aside when a newer version needs the database (blocking), and opens again afterwards', async () => {
    await db();
    const newer = await openDB(DB_NAME, DB_VERSION + 1); // would be blocked forever if we held on
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});
