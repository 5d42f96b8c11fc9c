// Issue 22: at agency scale (thousands of stored rooms) the worker's paths read in proportion to what
// they act on, never to the store: the choices' sync pass to the rooms with choices, an observation to
// the rows it carries and the rooms awaiting. Counted in records IndexedDB hands back (store-reads.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Observation, RoomRow, Thread } from '@/utils/model/types';
import { setTerms, snoozeRoom, tagContract } from '@/utils/rules/room-actions';
import { emptyThread } from '@/utils/rules/threads';
import { syncChoicesNow } from '@/utils/storage/choices-sync';
import * as store from '@/utils/storage/db';
import { handleObservation } from '@/entrypoints/background/observe';
import { refresh } from '@/entrypoints/background/refresh';
import { countReads } from './store-reads';

const T = Date.now();
const STORED = 3_000;
const AWAITING = 20;
const id = (i: number) => `room_${(i + 1).toString(16).padStart(32, '0')}`;

/** Answered rooms over the past months, the first AWAITING of them waiting for a reply. */
function agencyRoom(i: number): Thread {
  const at = T - (i < AWAITING ? i * MINUTE + HOUR : (i % 300) * 24 * HOUR + HOUR);
  const waits = i < AWAITING;
  return {
    ...emptyThread(id(i), at),
    name: `Client ${i}`,
    last: { by: waits ? 'client' : 'freelancer', at: { earliest: at, latest: at + MINUTE - 1 }, seenAt: at },
    waitingSince: waits ? at : null,
    exact: true,
    answeredSeenAt: waits ? null : at,
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
  const tx = (await store.db()).transaction('threads', 'readwrite');
  await Promise.all([...Array.from({ length: STORED }, (_, i) => tx.store.put(agencyRoom(i))), tx.done]);
});

describe('the choices sync pass at agency scale', () => {
  it('"the rooms with choices are all in the choices index": a pass reads the rooms with choices, not the 3,000 stored', async () => {
    await store.updateThread(id(5), (t) => setTerms(t, { hours: 48, working: null }, T));
    await store.updateThread(id(900), (t) => tagContract(t, 'active', T));
    await store.updateThread(id(3), (t) => snoozeRoom(t, T + HOUR, T));
    await syncChoicesNow(T + 1); // the first pass writes the three records
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual([id(5), id(900), id(3)].map((r) => 'c:' + r).sort());

    const reads = countReads();
    await syncChoicesNow(T + 2);
    // The three rooms, read once or twice each (their ids and their records): nowhere near 3,000.
    expect(reads.get('threads') ?? 0).toBeLessThanOrEqual(3 * 3);
  });

  it('a room whose choices were all cleared still has its synced record removed', async () => {
    await store.updateThread(id(7), (t) => tagContract(t, 'active', T));
    await syncChoicesNow(T + 1);
    await store.updateThread(id(7), (t) => tagContract(t, null, T + 2));
    await syncChoicesNow(T + 3);
    // A cleared choice is a tombstone: the record carries it, so the other computer clears it too.
    const record = (await fakeBrowser.storage.sync.get(null))['c:' + id(7)] as { c: Record<string, unknown> };
    expect(record.c.ct).toEqual([null, expect.any(Number)]);
  });
});

describe('an observation at agency scale', () => {
  const row = (i: number, at: number): RoomRow => ({
    roomId: id(i),
    name: `Client ${i}`,
    title: '',
    lastBy: 'client',
    lastAt: { earliest: at, latest: at + MINUTE - 1 },
  });

  it('a page of 60 rows is stored and marked reading those rows and the rooms awaiting, not the 3,000 stored', async () => {
    const obs: Observation = {
      seenAt: T,
      layout: 'ok',
      missing: [],
      rows: Array.from({ length: 60 }, (_, i) => row(i * 40, T - 2 * MINUTE)),
      open: null,
      selfName: null,
    };
    await handleObservation(obs);
    const reads = countReads();
    const ack = await handleObservation({ ...obs, seenAt: T + 1_000, rows: [row(4_000 % STORED, T), ...obs.rows.slice(1)] });
    expect(ack?.ok).toBe(true);
    // The 60 rows, then the refresh's indexed reads: the rooms awaiting (at most 20 + 60 now), read a few times.
    expect(reads.get('threads') ?? 0).toBeLessThanOrEqual(60 + 3 * (AWAITING + 60));
  });
});

describe('a refresh at agency scale', () => {
  it('reads the rooms awaiting and the last 90 days of the log, never the 3,000 rooms or the whole year', async () => {
    // A year of answers, two a day: 730 entries, 180 of them in the last 90 days.
    const tx = (await store.db()).transaction('log', 'readwrite');
    const entries = Array.from({ length: 730 }, (_, k) => {
      const replyAt = T - (k / 2) * 24 * HOUR - MINUTE;
      return {
        id: `${id(100 + k)}|${replyAt}`,
        roomId: id(100 + k),
        kind: 'reply' as const,
        clientAt: replyAt - HOUR,
        clientExact: true,
        replyAt,
        replyExact: true,
        contract: false,
      };
    });
    await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    const reads = countReads();
    const { view } = await refresh();
    expect(view.rooms).toHaveLength(AWAITING);
    expect(reads.get('threads') ?? 0).toBeLessThanOrEqual(2 * AWAITING);
    expect(reads.get('log') ?? 0).toBeLessThanOrEqual(entries.filter((e) => e.replyAt > T - 90 * 24 * HOUR).length);
  });
});

describe('a burst of refreshes', () => {
  it('five asked at once (five observations from open tabs) cost at most two refreshes, and each sees the writes before it', async () => {
    const one = countReads();
    await refresh();
    const single = one.get('threads') ?? 0;
    const burst = countReads();
    await store.updateThread(id(2), (t) => tagContract(t, 'active', T));
    const views = await Promise.all([refresh(), refresh(), refresh(), refresh(), refresh()]);
    expect(burst.get('threads')! - 1).toBeLessThanOrEqual(2 * single);
    for (const { view } of views) expect(view.rooms.find((r) => r.thread.roomId === id(2))?.contract).toBe('active');
  });
});
