// The worker's refresh against a real (fake) IndexedDB and the fake browser:
// the alarm, the badge and the warnings as the user meets them.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { emptyThread } from '@/utils/rules/threads';
import { CHECKED_KEY } from '@/utils/rules/reminder-plan';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import type { Tabs, Windows } from 'webextension-polyfill';
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
    // Nothing else to wake for (the overdue list would wake the worker at 9:00).
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, overdueDigest: false } });
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

describe('the routine reminder', () => {
  const hhmm = (t: number) => new Date(t).toTimeString().slice(0, 5);
  async function dueReminder() {
    const now = Date.now();
    const settings = { ...DEFAULT_SETTINGS, reminder: { times: [hhmm(now - MINUTE)], days: [0, 1, 2, 3, 4, 5, 6], oldViewHours: null } };
    await fakeBrowser.storage.sync.set({ settings });
    await seed([], now - 30 * MINUTE, [{ key: CHECKED_KEY, at: now - 5 * MINUTE }]);
  }
  it('comes once at its time, as one notification without room buttons', async () => {
    await dueReminder();
    await refresh();
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.values(all).map((n) => (n as { title: string }).title)).toEqual(['Time to check Upwork Messages']);
    expect(Object.values(all)[0]).not.toHaveProperty('buttons');
    await refresh();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });
  it('does not come while a Messages tab is showing', async () => {
    await dueReminder();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 3, active: true } as Tabs.Tab]);
    vi.spyOn(fakeBrowser.windows, 'get').mockResolvedValue({ id: 3, state: 'normal' } as Windows.Window);
    await refresh();
    expect(query).toHaveBeenCalledWith({ url: 'https://www.upwork.com/ab/messages/*', active: true });
    expect(await shown()).toEqual([]);
  });
  it('does come when the Messages tab is in a minimised window', async () => {
    await dueReminder();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 3, active: true } as Tabs.Tab]);
    vi.spyOn(fakeBrowser.windows, 'get').mockResolvedValue({ id: 3, state: 'minimized' } as Windows.Window);
    await refresh();
    expect(await shown()).toHaveLength(1);
  });
});
