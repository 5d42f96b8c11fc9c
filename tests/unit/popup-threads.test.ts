// The popup reads only what it lists, through indexes that the upgrade to schema 4 builds over
// the rooms already stored.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Thread } from '@/utils/model/types';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
});

const ids = (ts: Thread[]) => ts.map((t) => t.roomId).sort();

describe("the popup's read", () => {
  it('after an upgrade from schema 3, finds the awaiting, the dated and the dismissed rooms among others', async () => {
    const v3 = JSON.parse(readFileSync('tests/fixtures/db/v3.json', 'utf8')) as { stores: { threads: Thread[] } };
    const { migrate, DB_NAME } = await import('@/utils/storage/db');
    const old = await openDB(DB_NAME, 3, { upgrade: (d, from) => migrate(d as never, from, 3) });
    const answered: Thread = { ...v3.stores.threads[0], roomId: 'room_answered', waitingSince: null, deadline: null, snooze: null };
    for (const t of [...v3.stores.threads, answered]) await old.put('threads', t as never);
    old.close();
    vi.resetModules();
    const { popupThreads } = await import('@/utils/storage/db');
    const { awaiting, withDeadline, dismissed } = await popupThreads();
    expect(ids(awaiting)).toEqual(['room_0f1e2d3c4b5a69788796a5b4c3d2e1f0']); // waitingSince set
    expect(ids(withDeadline)).toEqual(['room_0f1e2d3c4b5a69788796a5b4c3d2e1f0']);
    expect(ids(dismissed)).toEqual(['room_00000000000000000000000000000abc']);
  }, 60_000); // fake-indexeddb's timers crawl on a loaded machine

  it('a room stored later is found by its index too, and leaves it when answered', async () => {
    const { db, popupThreads } = await import('@/utils/storage/db');
    const { emptyThread } = await import('@/utils/rules/threads');
    const room = {
      ...emptyThread('room_1', 1),
      waitingSince: 5,
      last: { by: 'client' as const, at: { earliest: 5, latest: 5 }, seenAt: 6 },
    };
    await (await db()).put('threads', room);
    expect(ids((await popupThreads()).awaiting)).toEqual(['room_1']);
    await (await db()).put('threads', { ...room, waitingSince: null });
    expect((await popupThreads()).awaiting).toEqual([]);
  }, 60_000);
});
