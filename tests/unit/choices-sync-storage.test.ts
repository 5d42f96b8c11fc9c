// Issue 24, second part: the storage.sync adapter against the fake browser and a fake IndexedDB,
// with a second "profile" made by copying storage.sync, as the browser's sync would.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR } from '@/utils/model/time';
import { setTerms, tagContract } from '@/utils/rules/room-actions';
import { applyChoices, clearSyncedChoices, pullChoices, pushChoices } from '@/utils/storage/choices-sync-storage';
import * as store from '@/utils/storage/db';
import { freshProfile, waitingRoom } from './sync-profile';

const T = Date.now();
const ROOM = 'room_' + '4'.repeat(32);
const read = waitingRoom(ROOM, T);

beforeEach(async () => {
  fakeBrowser.reset();
  await freshProfile(read);
});

describe('choices through storage.sync, two profiles', () => {
  it('terms and a tag set on one profile apply on a second one; clearing them there clears them back', async () => {
    await store.updateThread(ROOM, (t) => setTerms(t, { hours: 48, working: null }, T));
    const tagged = await store.updateThread(ROOM, (t) => tagContract(t, 'active', T + 1));
    await pushChoices([tagged!], T + 2);
    const copied = await fakeBrowser.storage.sync.get(null);
    await fakeBrowser.storage.sync.set({ settings: { unrelated: true } });

    await freshProfile(read); // the second profile read the page too
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.sync.set(copied);
    await applyChoices(await pullChoices(), T + 3);
    expect(await store.getThread(ROOM)).toMatchObject({
      terms: { hours: 48, working: null },
      contractTag: 'active',
      waitingSince: T - HOUR,
    });

    const cleared = await store.updateThread(ROOM, (t) => setTerms(t, null, T + 4));
    await pushChoices([cleared!], T + 5);
    const back = await pullChoices();
    expect(back.get(ROOM)?.terms).toEqual({ value: null, at: T + 4 });
    expect(back.get(ROOM)?.contractTag).toEqual({ value: 'active', at: T + 1 });
  });

  it('a record from a newer version is not overwritten; a bad one is ignored; Delete everything clears ours only', async () => {
    const newer = { v: 9, c: { future: 1 } };
    await fakeBrowser.storage.sync.set({ ['c:' + ROOM]: newer, ['c:room_' + '5'.repeat(32)]: 'hand edit', settings: {} });
    const tagged = await store.updateThread(ROOM, (t) => tagContract(t, 'none', T));
    await pushChoices([tagged!], T + 1);
    expect((await fakeBrowser.storage.sync.get('c:' + ROOM))['c:' + ROOM]).toEqual(newer);
    expect(await pullChoices()).toEqual(new Map());
    await clearSyncedChoices();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['settings']);
  });
});
