// Issue 22, the popup's first frame: the rooms are painted from the view the worker kept in
// storage.session, without waiting for IndexedDB, and a change that view does not know of is
// corrected as soon as IndexedDB answers.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, readBadge, ROOMS_URL, test } from './test';

/**
 * Holds IndexedDB's rooms from another extension page: a read-write transaction kept busy until
 * released, so the popup's own read of the store waits behind it. What the popup shows meanwhile can
 * only have come from the first frame. Returns the release.
 */
async function holdStore(context: BrowserContext, extensionId: string) {
  const holder = await context.newPage();
  await holder.goto(`chrome-extension://${extensionId}/popup.html`);
  await holder.evaluate(
    () =>
      new Promise<void>((held) => {
        const q = indexedDB.open('reply-window');
        q.onsuccess = () => {
          const store = q.result.transaction('threads', 'readwrite').objectStore('threads');
          const w = window as unknown as { released?: boolean };
          const spin = () => void (w.released || (store.get('none').onsuccess = spin));
          spin();
          held();
        };
      }),
  );
  return () => holder.evaluate(() => void ((window as unknown as { released: boolean }).released = true));
}

const rowIds = (popup: Page) =>
  popup.locator('.rooms li[data-room-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-room-id')!));

/** The first frame the worker keeps, read from one of the extension's pages. */
const keptFrame = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.session.get('first-frame'))['first-frame'] as { derivedAt: number; awaiting: unknown[] });

test('the popup paints the awaiting rooms from the frame the worker kept, before IndexedDB answers, in the order it settles on, the first row focused', async ({
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

  const release = await holdStore(context, extensionId);
  const opened = await context.newPage();
  await opened.goto(`chrome-extension://${extensionId}/popup.html`);
  // IndexedDB has not answered: these rows are the first frame's.
  await expect(opened.locator('.rooms li[data-room-id]')).toHaveCount(waiting);
  await expect(opened.locator('html[data-shown="frame"]')).toHaveCount(1);
  const first = await rowIds(opened);
  await expect(opened.locator('.rooms .room-open').first()).toBeFocused();
  await release();
  // Once the store has answered: the same rooms, in the same order, the first row still focused.
  await expect(opened.locator('html[data-shown="store"]')).toHaveCount(1);
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
    const db = await new Promise<IDBDatabase>(
      (r) => (indexedDB.open('reply-window').onsuccess = (e) => r((e.target as IDBOpenDBRequest).result)),
    );
    const store = db.transaction('threads', 'readwrite').objectStore('threads');
    const room = await new Promise<Record<string, unknown>>(
      (r) => (store.get(roomId).onsuccess = (e) => r((e.target as IDBRequest).result)),
    );
    const at = Date.now();
    store.put({
      ...room,
      last: { by: 'freelancer', at: { earliest: at, latest: at }, seenAt: at },
      waitingSince: null,
      answeredSeenAt: at,
    });
    await new Promise((r) => (store.transaction.oncomplete = r));
    db.close();
  }, answered);
  await popup.close();

  const release = await holdStore(context, extensionId);
  const opened = await context.newPage();
  await opened.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(opened.locator('.rooms li[data-room-id]')).toHaveCount(before.length); // the kept frame, painted at once
  await expect(opened.locator('html[data-shown="frame"]')).toHaveCount(1);
  expect(await rowIds(opened)).toEqual(before);
  await release();
  await expect.poll(() => rowIds(opened)).toEqual(before.slice(1)); // then the truth
  await expect(opened.locator('.rooms .room-open').first()).toBeFocused();
  await expect(opened.locator(`li[data-room-id="${answered}"]`)).toHaveCount(0);
});
