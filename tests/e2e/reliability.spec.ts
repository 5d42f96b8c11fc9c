// Issue 5: faults injected on purpose. The badge and the stored state must stay true.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { readStore } from './db-read';
import { launchWithExtension, readBadge } from './launch.mjs';
import { demoHtml, routeUpwork } from './upwork-route.mjs';
import { expect, killServiceWorker, openPopup, ROOMS_URL, test } from './test';

interface Thread {
  roomId: string;
  last: { by: string } | null;
  waitingSince: number | null;
  updatedAt: number;
}
interface DemoRoom {
  id: string;
  lastBy: 'client' | 'freelancer';
}

/** A small seeded random generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function openDemo(page: Page) {
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await page.locator('[data-reply-window]').first().waitFor();
}

const demoRooms = (page: Page) => page.evaluate(() => (window as unknown as { demo: { rooms(): DemoRoom[] } }).demo.rooms());
const awaitingIds = (threads: Thread[]) =>
  threads
    .filter((t) => t.last?.by === 'client' && t.waitingSince !== null)
    .map((t) => t.roomId)
    .sort();

test('200 page changes while the worker is stopped 20 times: nothing acknowledged is lost, nothing half-written', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await openDemo(page);
  const rnd = random(20261122);
  const touched = new Set<string>();
  let kills = 0;
  for (let i = 0; i < 200; i++) {
    const rooms = (await demoRooms(page)).slice(0, 12);
    const room = rooms[Math.floor(rnd() * rooms.length)];
    const action = rnd();
    if (action < 0.5) await page.evaluate((id) => (window as any).demo.clientWrites(id), room.id);
    else if (action < 0.95) await page.evaluate((id) => (window as any).demo.reply(id), room.id);
    else touched.add(await page.evaluate(() => (window as any).demo.newRoom() as string));
    touched.add(room.id);
    // Each change is read as its own observation (the reader waits 120 ms for a batch).
    await page.waitForTimeout(130 + Math.floor(rnd() * 40));
    if (i % 10 === Math.floor(rnd() * 10)) {
      await killServiceWorker(page);
      kills++;
    }
  }
  while (kills < 20) {
    await killServiceWorker(page);
    kills++;
  }
  // Unacknowledged observations are sent again by the content script: the stored state converges on the page's.
  const model = new Map((await demoRooms(page)).map((r) => [r.id, r.lastBy]));
  const expected = [...touched].filter((id) => model.get(id) === 'client').sort();
  const popup = await openPopup(context, extensionId);
  await expect
    .poll(async () => awaitingIds(await readStore<Thread>(popup, 'threads')).filter((id) => touched.has(id)), { timeout: 20_000 })
    .toEqual(expected);
  // No thread is half-written: every record has all its parts.
  for (const t of await readStore<Thread>(popup, 'threads')) {
    expect(typeof t.roomId).toBe('string');
    expect(t.last === null || ['client', 'freelancer'].includes(t.last.by)).toBe(true);
    if (t.last?.by === 'freelancer') expect(t.waitingSince).toBeNull();
    if (t.waitingSince !== null) expect(t.last?.by).toBe('client');
    expect(typeof t.updatedAt).toBe('number');
  }
  // The badge is right within 1 s of the next wake-up.
  await killServiceWorker(page);
  const waiting = (await demoRooms(page)).filter((r) => r.lastBy === 'client').length;
  const before = Date.now();
  await page.evaluate(() => (window as any).demo.newRoom());
  await expect.poll(async () => (await readBadge(worker)).text, { timeout: 1_000 + (Date.now() - before) }).toBe(String(waiting + 1));
  console.log(
    `kill test: ${200} page changes, ${kills} worker kills, ${touched.size} rooms touched, ${expected.length + 1} awaiting at the end`,
  );
});

test('a browser restart brings back threads, snoozes, settings and the next alarm, and the badge before Upwork is opened', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'reply-window-restart-'));
  try {
    let run = await launchWithExtension({ profile });
    await routeUpwork(run.context, demoHtml);
    const page = await run.context.newPage();
    await openDemo(page);
    const popup = await openPopup(run.context, run.extensionId);
    // A snooze and a setting, made the way a user makes them.
    const first = popup.locator('.rooms li[data-room-id]').first();
    const snoozedId = await first.getAttribute('data-room-id');
    await first.locator('.room-open').focus();
    await popup.keyboard.press('s');
    await expect(popup.locator(`.snoozed li[data-room-id="${snoozedId}"]`)).toHaveCount(1);
    await popup.evaluate(() => chrome.storage.sync.set({ settings: { badgeCounts: 'all', selfName: 'Alex Rivera' } }));
    const badgeBefore = await readBadge(run.worker);
    const alarmBefore = await run.worker.evaluate(() => chrome.alarms.get('next-change'));
    // Two missing alarms would compare equal: there must be one to bring back.
    expect(alarmBefore?.scheduledTime).toEqual(expect.any(Number));
    const threadsBefore = await readStore<Thread>(popup, 'threads');
    await run.context.close();

    run = await launchWithExtension({ profile });
    // No Upwork page is open: the badge comes from what was stored.
    await expect.poll(async () => (await readBadge(run.worker)).text).toBe(badgeBefore.text);
    await expect
      .poll(async () => (await run.worker.evaluate(() => chrome.alarms.get('next-change')))?.scheduledTime)
      .toBe(alarmBefore!.scheduledTime);
    const popup2 = await openPopup(run.context, run.extensionId);
    expect((await readStore<Thread>(popup2, 'threads')).length).toBe(threadsBefore.length);
    await expect(popup2.locator(`.snoozed li[data-room-id="${snoozedId}"]`)).toHaveCount(1);
    expect(await popup2.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { selfName: string }).selfName)).toBe(
      'Alex Rivera',
    );
    await run.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two tabs with interleaved, conflicting reads give the state of one: a stale tab never undoes a reply', async ({
  context,
  worker,
  extensionId,
}) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openDemo(tabA);
  await openDemo(tabB);
  const sarah = 'room_2013c7dcb6b0df26eced1faa674a8bf5';
  // Tab A replies; tab B's page never learns of it (each demo tab is its own copy of Upwork) and keeps showing the client last.
  await tabA.evaluate((id) => (window as any).demo.reply(id), sarah);
  await expect(tabA.locator(`a[href*="${sarah}"]`)).not.toHaveAttribute('data-reply-window', /.*/);
  await tabB.bringToFront();
  await tabB.evaluate(() => (window as any).demo.clientWrites('room_9a5ca78c4011cf15df8c09b1009be986'));
  await tabB.reload();
  await tabB.locator('html[data-demo-ready]').waitFor();
  await tabB.waitForTimeout(600);
  const popup = await openPopup(context, extensionId);
  const stored = await readStore<Thread>(popup, 'threads');
  expect(stored.find((t) => t.roomId === sarah)?.last?.by).toBe('freelancer');
  await expect(popup.locator(`.rooms li[data-room-id="${sarah}"]`)).toHaveCount(0);
  const badge = await readBadge(worker as Worker);
  expect(Number(badge.text)).toBe(awaitingIds(stored).length);
});

test('a write that fails is reported in the popup and sent again, never silently lost', async ({ context, worker, extensionId }) => {
  const page = await context.newPage();
  await openDemo(page);
  // Fault injection in the real worker: every IndexedDB write fails, as on a full disk.
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __put: unknown };
    g.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const priya = 'room_631d65d06c5e278765196794446eb21e';
  await page.evaluate((id) => (window as any).demo.clientWrites(id), priya);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('!');
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-state="storage-error"]')).toContainText('could not save');
  // The disk has room again: the content script's retry lands the observation.
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = (globalThis as unknown as { __put: typeof IDBObjectStore.prototype.put }).__put;
  });
  await expect
    .poll(async () => (await readStore<Thread>(popup, 'threads')).find((t) => t.roomId === priya)?.last?.by, { timeout: 15_000 })
    .toBe('client');
  await popup.reload();
  await expect(popup.locator('[data-state="storage-error"]')).toHaveCount(0);
});

test('after a sleep the alarms missed, the safety alarm recomputes every state and nothing passes uncounted', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await openDemo(page);
  const popup = await openPopup(context, extensionId);
  await expect.poll(async () => awaitingIds(await readStore<Thread>(popup, 'threads')).length).toBeGreaterThan(3);
  // The machine "sleeps" 26 hours: the same as every wait having begun 26 hours earlier, with no alarm delivered.
  await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((r) => {
      const q = indexedDB.open('reply-window');
      q.onsuccess = () => r(q.result);
    });
    const tx = db.transaction('threads', 'readwrite');
    const store = tx.objectStore('threads');
    const all = await new Promise<any[]>((r) => {
      const q = store.getAll();
      q.onsuccess = () => r(q.result);
    });
    for (const t of all) if (t.waitingSince) store.put({ ...t, waitingSince: t.waitingSince - 26 * 3_600_000 });
    await new Promise((r) => (tx.oncomplete = r));
    db.close();
    await chrome.notifications.getAll().then((n) => Promise.all(Object.keys(n).map((id) => chrome.notifications.clear(id))));
  });
  await worker.evaluate(() => chrome.alarms.create('safety', { when: Date.now() + 100 })); // the periodic safety alarm comes round
  // What passed while asleep comes as one catch-up summary, not a burst.
  await expect
    .poll(async () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 15_000 })
    .toHaveLength(1);
  const [id] = await worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  expect(id).toContain('|catch-up|');
  // Every countdown moved by the 26 hours: no room is on time or late any more.
  const fresh = await openPopup(context, extensionId);
  const states = await fresh.locator('.rooms li[data-room-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reply-window')));
  expect(states.length).toBeGreaterThan(3);
  expect(states.filter((s) => s === 'on-time' || s === 'late')).toEqual([]);
});
