// The choices index (utils/storage/chosen-rooms.ts): the sync pass reads only the rooms it lists, so a
// room with a choice missing from it would never reach the other computers.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Observation, Thread } from '@/utils/model/types';
import { dismissRoom, setDeadline, setTerms, snoozeRoom, tagContract, tagDirect } from '@/utils/rules/room-actions';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { applyChoices } from '@/utils/storage/choices-sync-storage';
import { checkBackup, makeBackup } from '@/utils/storage/backup';
import { hasChoices } from '@/utils/storage/chosen-rooms';
import * as store from '@/utils/storage/db';
import { waitingRoom } from './sync-profile';

const T = Date.now();
const ROOMS = ['a', 'b', 'c', 'd'].map((c) => 'room_' + c.repeat(32));

type Step =
  | { kind: 'choice'; room: number; what: 'contract' | 'clear-contract' | 'terms' | 'deadline' | 'direct' | 'snooze' | 'dismiss' }
  | { kind: 'undo-dismiss' | 'client-writes'; room: number }
  | { kind: 'synced'; room: number }
  | { kind: 'restored'; room: number }
  | { kind: 'build' | 'prune' | 'delete-all' };

const room = fc.integer({ min: 0, max: ROOMS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('choice' as const),
    room,
    what: fc.constantFrom('contract', 'clear-contract', 'terms', 'deadline', 'direct', 'snooze', 'dismiss' as const),
  }),
  fc.record({ kind: fc.constantFrom('undo-dismiss', 'client-writes', 'synced', 'restored' as const), room }),
  fc.record({ kind: fc.constantFrom('build', 'prune', 'delete-all' as const) }),
);

const observation = (roomId: string, at: number): Observation => ({
  seenAt: at,
  layout: 'ok',
  missing: [],
  rows: [{ roomId, name: 'Ana', title: '', lastBy: 'client', lastAt: { earliest: at, latest: at + MINUTE - 1 } }],
  open: null,
  selfName: null,
});

async function run(s: Step, now: number) {
  const id = 'room' in s ? ROOMS[s.room] : '';
  const change: Record<string, (t: Thread) => Thread | null> = {
    contract: (t) => tagContract(t, 'active', now),
    'clear-contract': (t) => tagContract(t, null, now),
    terms: (t) => setTerms(t, { hours: 12, working: null }, now),
    deadline: (t) => setDeadline(t, now + 48 * HOUR, now),
    direct: (t) => tagDirect(t, true, now),
    snooze: (t) => snoozeRoom(t, now + HOUR, now),
    dismiss: (t) => dismissRoom(t, now),
  };
  if (s.kind === 'choice') await store.updateThread(id, change[s.what]);
  else if (s.kind === 'undo-dismiss') await store.undoDismissal(id, now);
  else if (s.kind === 'client-writes') await store.storeObservation(observation(id, now));
  else if (s.kind === 'synced') await applyChoices(new Map([[id, { contractTag: { value: 'none', at: now } }]]), now);
  else if (s.kind === 'restored') {
    const backedUp = { ...waitingRoom(id, now), terms: { hours: 6, working: null } };
    const c = checkBackup(makeBackup(now, DEFAULT_SETTINGS, EMPTY_STATUS, [backedUp], []), now);
    if (c.ok) await store.restoreBackup(c.backup, now);
  } else if (s.kind === 'build') await store.roomsWithChoices();
  else if (s.kind === 'prune') await store.pruneThreads(now + 500 * 24 * HOUR);
  else await store.deleteAllData();
}

const ids = (ts: Thread[]) => ts.map((t) => t.roomId).sort();

describe('the choices index', () => {
  test.prop([fc.array(step, { maxLength: 12 })], { numRuns: 40 })(
    '"the rooms with choices are all in the choices index", after any writes in any order',
    async (steps) => {
      await store.closeDb();
      globalThis.indexedDB = new IDBFactory();
      const d = await store.db();
      for (const id of ROOMS) await d.put('threads', waitingRoom(id, T));
      for (const [i, s] of steps.entries()) await run(s, T + (i + 1) * MINUTE);
      const withChoices = ids((await store.allThreads()).filter(hasChoices));
      const listed = ids(await store.roomsWithChoices());
      expect(listed).toEqual(expect.arrayContaining(withChoices));
    },
  );

  it('a room with no choice is not listed, and a deleted room leaves the list', async () => {
    await store.closeDb();
    globalThis.indexedDB = new IDBFactory();
    const d = await store.db();
    for (const id of ROOMS) await d.put('threads', waitingRoom(id, T));
    await store.roomsWithChoices(); // built: empty
    await store.updateThread(ROOMS[1], (t) => tagContract(t, 'active', T));
    expect(ids(await store.roomsWithChoices())).toEqual([ROOMS[1]]);
    await store.deleteAllData();
    expect(await store.roomsWithChoices()).toEqual([]);
  });
});
