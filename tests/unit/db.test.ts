import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Observation } from '@/utils/model/types';
// Imported once: a fresh import per test took over 5 s on a loaded machine (the suite's limit).
import * as db from '@/utils/storage/db';

const ROOM = 'room_' + 'c'.repeat(32);
const T = Date.UTC(2026, 10, 20, 12);
const obs = (seenAt: number, lastBy: 'client' | 'freelancer', layout: Observation['layout'] = 'ok'): Observation => ({
  seenAt,
  layout,
  missing: layout === 'ok' ? [] : ['panel'],
  rows:
    layout === 'ok'
      ? [{ roomId: ROOM, name: 'Ana', title: 'Logo', lastBy, lastAt: { earliest: seenAt - 60_000, latest: seenAt - 1 } }]
      : [],
  open: null,
  selfName: null,
});

// Each test gets a fresh IndexedDB, and the module's connection to the last one is closed.
beforeEach(async () => {
  await db.closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('the thread store', { timeout: 30_000 }, () => {
  it('keeps what was merged across a new connection (a restarted worker)', async () => {
    await db.storeObservation(obs(T, 'client'));
    await db.closeDb(); // as when the worker is stopped and started again
    const [t] = await db.allThreads();
    expect(t).toMatchObject({ roomId: ROOM, name: 'Ana', last: { by: 'client' } });
    expect((await db.pageStatus()).lastReadAt).toBe(T);
  });
  it('a page it cannot read keeps the threads and the last good read time, and says so', async () => {
    await db.storeObservation(obs(T, 'client'));
    await db.storeObservation(obs(T + 60_000, 'client', 'unrecognised'));
    expect(await db.allThreads()).toHaveLength(1);
    expect(await db.pageStatus()).toMatchObject({ lastReadAt: T, layout: 'unrecognised', missing: ['panel'] });
  });
  it('an older read arriving late does not overwrite what a newer one said about the page', async () => {
    await db.storeObservation(obs(T + 60_000, 'client', 'unrecognised'));
    await db.storeObservation(obs(T, 'client'));
    expect(await db.pageStatus()).toMatchObject({ layout: 'unrecognised', lastReadAt: T });
  });
  it('reports only the threads a read changed', async () => {
    expect(await db.storeObservation(obs(T, 'client'))).toHaveLength(1);
    expect(await db.storeObservation(obs(T, 'client'))).toHaveLength(0);
  });
  it('logs one entry per reply, even when the reply is seen again or from a second tab, and never message text', async () => {
    await db.storeObservation(obs(T, 'client'));
    const reply = obs(T + 30 * 60_000, 'freelancer');
    await db.storeObservation(reply);
    await db.storeObservation({ ...reply, seenAt: reply.seenAt + 4_000 }); // the second tab
    const log = await db.allLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ roomId: ROOM, kind: 'reply', clientAt: T - 60_000, replyAt: T + 29 * 60_000 });
    expect(Object.keys(log[0]).sort()).toEqual(['clientAt', 'clientExact', 'contract', 'id', 'kind', 'replyAt', 'replyExact', 'roomId']);
  });
  it('forgets invitations received more than 13 months ago, and only those', async () => {
    const invitation = (id: string, receivedAt: number) => ({
      id,
      title: 'Job',
      client: 'Acme',
      receivedAt,
      exact: true,
      firstSeenAt: receivedAt,
      lastSeenAt: receivedAt,
      ended: null,
    });
    const list = (seenAt: number, rows: ReturnType<typeof invitation>[]) => ({
      seenAt,
      page: 'list' as const,
      layout: 'ok' as const,
      missing: [],
      invitations: rows.map((i) => ({
        id: i.id,
        title: i.title,
        client: i.client,
        receivedAt: { earliest: i.receivedAt, latest: i.receivedAt },
      })),
      answered: null,
    });
    await db.storeInvitations(list(T, [invitation('1', T - 86_400_000), invitation('2', T)]));
    // The proposals page read again 13 months on: `now` is no later than the newest record (see pruneAsOf).
    const later = T + 396 * 86_400_000 - 1;
    await db.storeInvitations(list(later, [invitation('2', T)]));
    expect(await db.pruneInvitations(T + 395 * 86_400_000 - 1)).toBe(0);
    expect(await db.pruneInvitations(later)).toBe(1);
    expect((await db.allInvitations()).map((i) => i.id)).toEqual(['2']);
  });
  it('prunes log entries older than 13 months', async () => {
    await db.storeObservation(obs(T, 'client'));
    await db.storeObservation(obs(T + 60 * 60_000, 'freelancer'));
    // Another answer 400 days on: the newest entry, so `now` is trusted (see pruneAsOf).
    const later = T + 400 * 86_400_000;
    await db.storeObservation(obs(later - 60 * 60_000, 'client'));
    await db.storeObservation(obs(later, 'freelancer'));
    expect(await db.pruneLog(T + 300 * 86_400_000)).toBe(0);
    expect(await db.pruneLog(later)).toBe(1);
    expect((await db.allLog()).map((e) => e.replyAt)).toEqual([later - 60_000]);
  });
});

describe('pruning after the clock jumped forward (issue 20, defect 10)', { timeout: 30_000 }, () => {
  const FAR = T + 14 * 31 * 86_400_000;
  it('"pruning never trusts a now beyond the newest record": one wake-up 14 months ahead keeps the log, the rooms and the invitations', async () => {
    await db.storeObservation(obs(T, 'client'));
    await db.storeObservation(obs(T + 60 * 60_000, 'freelancer'));
    await db.storeInvitations({
      seenAt: T,
      page: 'list',
      layout: 'ok',
      missing: [],
      invitations: [{ id: '77', title: 'Job', client: 'Acme', receivedAt: { earliest: T - 60_000, latest: T } }],
      answered: null,
    });
    expect(await db.pruneLog(FAR)).toBe(0);
    expect(await db.pruneThreads(FAR)).toBe(0);
    expect(await db.pruneInvitations(FAR)).toBe(0);
    expect(await db.allLog()).toHaveLength(1);
    expect((await db.allThreads()).map((t) => t.roomId)).toEqual([ROOM]);
    expect((await db.allInvitations()).map((i) => i.id)).toEqual(['77']);
  });
});

describe("the user's choices keep when they were set (issue 20, item 11)", { timeout: 30_000 }, () => {
  it('a choice set and then cleared through the worker keeps each time, the clearing as a tombstone', async () => {
    const { tagContract, setDeadline } = await import('@/utils/rules/room-actions');
    await db.storeObservation(obs(T, 'client'));
    await db.updateThread(ROOM, (t) => tagContract(t, 'active', T + 1_000));
    await db.updateThread(ROOM, (t) => setDeadline(t, T + 86_400_000, T + 2_000));
    expect((await db.getThread(ROOM))?.chosenAt).toEqual({ contractTag: T + 1_000, deadline: T + 2_000 });
    await db.updateThread(ROOM, (t) => tagContract(t, null, T + 3_000));
    const t = await db.getThread(ROOM);
    expect(t?.contractTag).toBeNull();
    expect(t?.chosenAt).toEqual({ contractTag: T + 3_000, deadline: T + 2_000 });
  });
});
