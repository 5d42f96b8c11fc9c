// Pruning moved off the observation path (issue 22): a refresh reads what grows with the awaiting
// rooms, and a daily alarm forgets what is 13 months old. Against a real (fake) IndexedDB and the
// fake browser: the badge and the warnings stay what the user would see before the move.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { LogEntry, Thread } from '@/utils/model/types';
import { emptyThread } from '@/utils/rules/threads';
import { db, deleteAllData, getThread } from '@/utils/storage/db';
import { refresh } from '@/entrypoints/background/refresh';
import { prune, PRUNE_ALARM, schedulePrune } from '@/entrypoints/background/prune';

const id = (c: string) => 'room_' + c.repeat(32);
const YEAR_AND_A_MONTH = 400 * DAY;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await deleteAllData();
});

const waiting = (roomId: string, since: number, extra: Partial<Thread> = {}): Thread => ({
  ...emptyThread(roomId, since),
  name: 'Ana',
  last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
  waitingSince: since,
  exact: true,
  ...extra,
});
const answered = (roomId: string, at: number): Thread => ({
  ...emptyThread(roomId, at),
  name: 'Old client',
  last: { by: 'freelancer', at: { earliest: at, latest: at }, seenAt: at },
  answeredSeenAt: at,
  updatedAt: at,
});

async function seed(threads: Thread[], log: LogEntry[] = []) {
  const now = Date.now();
  const tx = (await db()).transaction(['threads', 'meta', 'log'], 'readwrite');
  for (const t of threads) await tx.objectStore('threads').put(t);
  for (const e of log) await tx.objectStore('log').put(e);
  await tx.objectStore('meta').put({ lastReadAt: now, checkedAt: now, layout: 'ok', missing: [], selfName: null }, 'page');
  await tx.done;
}
const badge = () => fakeBrowser.action.getBadgeText({});

describe('pruning on its own alarm', () => {
  it('a refresh no longer forgets anything: a room answered 13 months ago stays until the prune', async () => {
    const now = Date.now();
    await seed([answered(id('a'), now - YEAR_AND_A_MONTH), waiting(id('b'), now - 10 * MINUTE)]);
    await refresh();
    expect(await getThread(id('a'))).toBeDefined();
    expect(await prune(now)).toEqual({ log: 0, threads: 1, invitations: 0 });
    expect(await getThread(id('a'))).toBeUndefined();
  });

  it('the prune forgets only what no view shows: the badge counts the same rooms before and after', async () => {
    const now = Date.now();
    // An old wait still awaits, however old its record: it is never forgotten.
    await seed([answered(id('a'), now - YEAR_AND_A_MONTH), waiting(id('b'), now - YEAR_AND_A_MONTH), waiting(id('c'), now - HOUR)]);
    await refresh();
    const before = await badge();
    await prune(now);
    await refresh();
    expect(await badge()).toBe(before);
    expect(before).toBe('2');
    expect(await getThread(id('b'))).toBeDefined();
  });

  it('is scheduled daily, and a worker that restarts keeps the alarm rather than pushing it back', async () => {
    await schedulePrune();
    const first = await fakeBrowser.alarms.get(PRUNE_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    await new Promise((r) => setTimeout(r, 5));
    await schedulePrune();
    expect((await fakeBrowser.alarms.get(PRUNE_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('the 90-day log, read only when a warning is worded', () => {
  it('a 7-day warning still says which miss this would be with that client', async () => {
    const now = Date.now();
    const room = id('d');
    // Policy closes in 5 h: the 6-hour warning is due. One miss with this client 30 days ago.
    const miss: LogEntry = {
      id: `${room}|${now - 30 * DAY}`,
      roomId: room,
      kind: 'reply',
      clientAt: now - 38 * DAY,
      clientExact: true,
      replyAt: now - 30 * DAY,
      replyExact: true,
      contract: true,
    };
    await seed([waiting(room, now - 7 * DAY + 5 * HOUR, { contract: 'active' })], [miss]);
    await refresh();
    const messages = Object.values(await fakeBrowser.notifications.getAll()).map((n) => (n as { message: string }).message);
    expect(messages.join(' ')).toContain('miss no. 2');
  });
});
