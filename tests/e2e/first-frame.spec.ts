// Issue 22, the popup's first frame: the rooms are on screen in the popup's first frame (painted from
// the view the worker kept in storage.session), and a change the worker's frame does not know of is
// corrected from IndexedDB at once.
import type { Page } from '@playwright/test';
import { expect, readBadge, ROOMS_URL, test } from './test';

/** Before any of the popup's code runs: the room ids in the DOM at the first animation frame, and after. */
async function openWatched(page: Page, extensionId: string) {
  await page.addInitScript(() => {
    const ids = () => [...document.querySelectorAll('.rooms li[data-room-id]')].map((e) => e.getAttribute('data-room-id'));
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameIds: unknown }).firstFrameIds = ids();
    });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.waitForFunction(() => 'firstFrameIds' in window);
  return (await page.evaluate(() => (window as unknown as { firstFrameIds: string[] }).firstFrameIds)) as string[];
}

const rowIds = (popup: Page) =>
  popup.locator('.rooms li[data-room-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-room-id')!));

/** The first frame the worker keeps, read from one of the extension's pages. */
const keptFrame = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.session.get('first-frame'))['first-frame'] as { derivedAt: number; awaiting: unknown[] });

test('the popup shows the awaiting rooms in its first frame, in the order it settles on, the first row focused', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  const waiting = await page.evaluate(() => window.demo.rooms().filter((r) => r.lastBy === 'client').length);
  await expect.poll(async () => (await readBadge(worker)).text).toBe(String(waiting));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect.poll(async () => (await keptFrame(popup))?.awaiting.length).toBe(waiting);
  await popup.close();

  const opened = await context.newPage();
  const first = await openWatched(opened, extensionId);
  expect(first).toHaveLength(waiting);
  // IndexedDB's read confirmed it: the same rooms, in the same order, and nothing was replaced.
  await opened.waitForTimeout(300);
  expect(await rowIds(opened)).toEqual(first);
  await expect(opened.locator('.rooms .room-open').first()).toBeFocused();
});

test('a change made while the popup is closed, unknown to the kept frame, is corrected from IndexedDB', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  const waiting = await page.evaluate(() => window.demo.rooms().filter((r) => r.lastBy === 'client').length);
  await expect.poll(async () => (await readBadge(worker)).text).toBe(String(waiting));
  await page.close();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect.poll(async () => (await keptFrame(popup))?.awaiting.length).toBe(waiting);
  const before = await rowIds(popup);
  // Straight into IndexedDB, behind the worker's back: the first room is answered, so the frame is wrong.
  const answered = before[0];
  await popup.evaluate(async (roomId) => {
    const db = await new Promise<IDBDatabase>((r) => (indexedDB.open('reply-window').onsuccess = (e) => r((e.target as IDBOpenDBRequest).result)));
    const store = db.transaction('threads', 'readwrite').objectStore('threads');
    const room = await new Promise<Record<string, unknown>>((r) => (store.get(roomId).onsuccess = (e) => r((e.target as IDBRequest).result)));
    const at = Date.now();
    store.put({ ...room, last: { by: 'freelancer', at: { earliest: at, latest: at }, seenAt: at }, waitingSince: null, answeredSeenAt: at });
    await new Promise((r) => (store.transaction.oncomplete = r));
    db.close();
  }, answered);
  await popup.close();

  const opened = await context.newPage();
  const first = await openWatched(opened, extensionId);
  expect(first).toEqual(before); // the kept frame, painted at once
  await expect.poll(() => rowIds(opened)).toEqual(before.slice(1)); // then the truth
  await expect(opened.locator('.rooms .room-open').first()).toBeFocused();
  await expect(opened.locator(`li[data-room-id="${answered}"]`)).toHaveCount(0);
});
