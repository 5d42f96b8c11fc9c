// The store's protections: a clock that went backwards, warnings kept for as
// long as their wait lasts, an undo that is all or nothing, old rooms forgotten.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { Observation, Thread } from '@/utils/model/types';
import { badgeView } from '@/utils/rules/badge';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { dismissRoom } from '@/utils/rules/room-actions';
import { dismissEntry } from '@/utils/rules/response-log';
import * as store from '@/utils/storage/db';

const ROOM = 'room_' + 'b'.repeat(32);

beforeEach(async () => {
  vi.restoreAllMocks();
  await store.deleteAllData();
});

const obs = (seenAt: number, lastBy: 'client' | 'freelancer', layout: Observation['layout'] = 'ok'): Observation => ({
  seenAt,
  layout,
  missing: layout === 'ok' ? [] : ['panel'],
  rows:
    layout === 'ok'
      ? [{ roomId: ROOM, name: 'Ana', title: 'Logo', lastBy, lastAt: { earliest: seenAt - MINUTE, latest: seenAt - 1 } }]
      : [],
  open: null,
  selfName: null,
});

describe('the clock went backwards (times stored from the future are clamped to now)', () => {
  it("the room list's newer message is not ignored", async () => {
    const now = Date.now();
    await store.storeObservation(obs(now + DAY, 'client')); // read while the clock ran a day ahead
    await store.storeObservation(obs(now, 'freelancer')); // the clock is right again: the freelancer has replied
    const [t] = await store.allThreads();
    expect(t.last?.by).toBe('freelancer');
    expect(t.waitingSince).toBeNull();
  });
  it('a "?" badge does not stick once the page is read again', async () => {
    const now = Date.now();
    await store.storeObservation(obs(now + DAY, 'client', 'unrecognised'));
    await store.storeObservation(obs(now, 'client'));
    const status = await store.pageStatus();
    expect(status.layout).toBe('ok');
    const badge = badgeView({ rooms: [], settings: DEFAULT_SETTINGS, status, storageError: null, away: false, now });
    expect(badge.text).not.toContain('?');
  });
});

describe('handled warnings: "a warning is handled for one room, one threshold and one deadline"', () => {
  const key = `${ROOM}|best-practice|30|${Date.UTC(2026, 0, 1) + 2 * HOUR}`;
  it('are kept while their wait lasts, past 30 days (no second warning at 40 days)', async () => {
    const since = Date.UTC(2026, 0, 1);
    await store.recordNotices([key], since + 90 * MINUTE, new Map([[ROOM, since]]));
    await store.recordNotices(['digest|1'], since + 40 * DAY, new Map([[ROOM, since]]));
    expect((await store.handledNotices(since + 40 * DAY)).has(key)).toBe(true);
  });
  it('are forgotten once their wait has ended', async () => {
    const since = Date.UTC(2026, 0, 1);
    await store.recordNotices([key], since + 90 * MINUTE, new Map([[ROOM, since]]));
    await store.recordNotices(['digest|1'], since + 2 * DAY, new Map());
    expect((await store.handledNotices(since + 2 * DAY)).has(key)).toBe(false);
  });
});

describe('undo "no reply needed"', () => {
  it('changes the room and the response log together, or neither', async () => {
    const now = Date.now();
    await store.storeObservation(obs(now - 10 * MINUTE, 'client'));
    await store.updateThread(
      ROOM,
      (t) => dismissRoom(t, now - MINUTE),
      (before) => dismissEntry(before, now - MINUTE),
    );
    expect(await store.allLog()).toHaveLength(1);
    // The log's half of the undo fails: the room must stay dismissed, as the log says.
    const del = IDBObjectStore.prototype.delete;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, k: IDBValidKey | IDBKeyRange) {
      if (this.name === 'log') throw new Error('disk full');
      return del.call(this, k);
    });
    await expect(store.undoDismissal(ROOM, now)).rejects.toThrow();
    vi.restoreAllMocks();
    const [t] = await store.allThreads();
    expect(t.waitingSince).toBeNull();
    expect(await store.allLog()).toHaveLength(1);
  });
});

describe('forgotten rooms', () => {
  it('a room answered and untouched for 13 months goes; a waiting one stays however old', async () => {
    const { isForgotten } = await import('@/utils/rules/retention');
    const now = Date.now();
    const old = now - 400 * DAY;
    const answered: Thread = {
      ...(await import('@/utils/rules/threads')).emptyThread(ROOM, old),
      last: { by: 'freelancer', at: { earliest: old, latest: old }, seenAt: old },
    };
    const waiting: Thread = { ...answered, last: { ...answered.last!, by: 'client' }, waitingSince: old };
    expect(isForgotten(answered, now)).toBe(true);
    expect(isForgotten({ ...answered, updatedAt: now - 300 * DAY }, now)).toBe(false);
    expect(isForgotten(waiting, now)).toBe(false);
  });
});

describe('pruning the store', () => {
  it('forgets a room answered and untouched for 13 months, never a waiting one', async () => {
    const { emptyThread } = await import('@/utils/rules/threads');
    const now = Date.now();
    const old = now - 400 * DAY;
    const answered: Thread = { ...emptyThread(ROOM, old), last: { by: 'freelancer', at: { earliest: old, latest: old }, seenAt: old } };
    const waitingId = 'room_' + 'c'.repeat(32);
    const waiting: Thread = { ...answered, roomId: waitingId, last: { ...answered.last!, by: 'client' }, waitingSince: old };
    // A room read today: the store's newest record, so `now` is trusted (see pruneAsOf).
    const todayId = 'room_' + 'd'.repeat(32);
    const today: Thread = { ...answered, roomId: todayId, updatedAt: now };
    const d = await store.db();
    await d.put('threads', answered);
    await d.put('threads', waiting);
    await d.put('threads', today);
    expect(await store.pruneThreads(now)).toBe(1);
    expect((await store.allThreads()).map((t) => t.roomId).sort()).toEqual([waitingId, todayId]);
    expect((await store.threadsToWatch()).waiting.map((t) => t.roomId)).toEqual([waitingId]);
  });
});
