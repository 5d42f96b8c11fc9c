// Issue 24: one pass of the choices' sync (what the worker runs on wake, after a choice, on a change).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR } from '@/utils/model/time';
import { setTerms, tagContract } from '@/utils/rules/room-actions';
import { localOnlyRooms, syncChoicesNow } from '@/utils/storage/choices-sync';
import * as store from '@/utils/storage/db';
import { freshProfile, waitingRoom } from './sync-profile';

const T = Date.now();
const ROOM = 'room_' + '5'.repeat(32);
const read = waitingRoom(ROOM, T);

beforeEach(async () => {
  fakeBrowser.reset();
  await freshProfile(read);
});

describe('a pass of the choices sync', () => {
  it('"a pass merges what is in sync before it writes": a choice made on a killed worker is written at the next wake, then applied on a second profile and cleared back', async () => {
    await store.updateThread(ROOM, (t) => setTerms(t, { hours: 48, working: null }, T));
    await store.updateThread(ROOM, (t) => tagContract(t, 'active', T + 1));
    // No write happened before the worker was killed: the next pass derives it from IndexedDB.
    await syncChoicesNow(T + 2);
    const laptop = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(laptop)).toEqual(['c:' + ROOM]);

    const laptopDb = globalThis.indexedDB;
    await freshProfile(read);
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.sync.set(laptop);
    expect((await syncChoicesNow(T + 3)).merged).toBe(1);
    expect(await store.getThread(ROOM)).toMatchObject({
      terms: { hours: 48, working: null },
      contractTag: 'active',
      waitingSince: T - HOUR,
    });

    await store.updateThread(ROOM, (t) => setTerms(t, null, T + 4));
    await syncChoicesNow(T + 5);
    const desktop = await fakeBrowser.storage.sync.get(null);

    await store.closeDb();
    globalThis.indexedDB = laptopDb;
    await fakeBrowser.storage.sync.set(desktop);
    await syncChoicesNow(T + 6);
    const back = await store.getThread(ROOM);
    expect(back?.terms ?? null).toBeNull();
    expect(back?.contractTag).toBe('active');
  });

  it('once both agree, a pass writes nothing', async () => {
    await store.updateThread(ROOM, (t) => setTerms(t, { hours: 24, working: null }, T));
    await syncChoicesNow(T + 1);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    await syncChoicesNow(T + 2);
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });

  it('a record of a room answered and untouched for 13 months elsewhere is forgotten, not merged; a bad one is ignored', async () => {
    const old = 'room_' + '6'.repeat(32);
    await fakeBrowser.storage.sync.set({
      ['c:' + old]: { v: 1, u: T - 400 * DAY, w: 0, c: { ct: ['active', T - 400 * DAY] } },
      ['c:' + ROOM]: { v: 1, u: T, w: 1, c: { ct: ['maybe', T] } },
      settings: { x: 1 },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await syncChoicesNow(T);
    expect(await store.getThread(old)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['c:' + ROOM, 'settings']);
    expect((await store.getThread(ROOM))?.contractTag).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(await localOnlyRooms()).toEqual([]);
  });
});
