// The worker's refresh against a real (fake) IndexedDB and the fake browser:
// the alarm, the badge and the warnings as the user meets them.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { emptyThread } from '@/utils/rules/threads';
import { db, deleteAllData } from '@/utils/storage/db';
import { refresh } from '@/entrypoints/background/refresh';

const ROOM = 'room_' + 'a'.repeat(32);

// Imported once, at the top: a dynamic import per test is slow on a loaded machine.
beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await deleteAllData();
});

const waiting = (since: number, extra: Partial<Thread> = {}): Thread => ({
  ...emptyThread(ROOM, since),
  name: 'Ana',
  last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
  waitingSince: since,
  exact: true,
  ...extra,
});

/** Seeds the store as the worker left it: threads, the last read of the page, handled warnings. */
async function seed(threads: Thread[], lastReadAt: number | null, notices: { key: string; at: number }[] = []) {
  const d = await db();
  const tx = d.transaction(['threads', 'meta', 'notices'], 'readwrite');
  for (const t of threads) await tx.objectStore('threads').put(t);
  await tx.objectStore('meta').put({ lastReadAt, checkedAt: lastReadAt, layout: 'ok', missing: [], selfName: null }, 'page');
  for (const n of notices) await tx.objectStore('notices').put(n);
  await tx.done;
}

const nextAlarm = async () => (await fakeBrowser.alarms.get('next-change'))?.scheduledTime;
const shown = async () => Object.values(await fakeBrowser.notifications.getAll()) as { title: string; message: string }[];

describe('the next alarm', () => {
  it('is set even when showing a warning fails', async () => {
    const now = Date.now();
    // The 2-hour warning is due now; the window itself closes in 30 min, the next change.
    await seed([waiting(now - 90 * MINUTE)], now);
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('notifications are off'));
    await expect(refresh()).rejects.toThrow('notifications are off');
    const when = await nextAlarm();
    expect(when).toBeDefined();
    expect(when!).toBeGreaterThan(now);
    expect(when!).toBeLessThanOrEqual(now + 30 * MINUTE + 1_000);
  });
  it('wakes the worker the moment the view turns old, so the badge turns grey then', async () => {
    const now = Date.now();
    await seed([], now - HOUR); // read an hour ago; the default threshold is 2 hours
    await refresh();
    expect(await nextAlarm()).toBe(now - HOUR + 2 * HOUR + 1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('the clock went backwards', () => {
  it('a warning handled "in the future" does not silence the next wait', async () => {
    const now = Date.now();
    await seed([waiting(now - 90 * MINUTE)], now, [{ key: `${ROOM}|best-practice|30`, at: now + DAY }]);
    await refresh();
    expect((await shown()).map((n) => n.title)).toEqual([expect.stringContaining('Ana')]);
  });
});
