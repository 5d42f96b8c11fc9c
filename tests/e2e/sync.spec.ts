// Issue 24 end to end: a room's choices follow the user to another computer through storage.sync.
// Chromium here has no real Chrome Sync (no account, no server): the test copies one profile's
// storage.sync into the other with chrome.storage.sync.set, which is what the browser's sync does, and
// fires the same storage.onChanged 'sync' event the extension listens to.
import type { Page, Worker } from '@playwright/test';
import { launchWithExtension } from './launch.mjs';
import { demoHtml, routeUpwork } from './upwork-route.mjs';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // demo: waiting 3 h, no contract: late
const KEY = 'c:' + TOM; // utils/storage/sync-choices.ts syncKey
const EIGHT_HOURS = /^≈ [45] h( \d+ m)? left of the agreed 8-hour window$/;

const syncOf = (worker: Worker) => worker.evaluate(() => chrome.storage.sync.get(null));
/** What the browser's sync would do: the other computer's records land in this one's storage.sync. */
const copySync = async (from: Worker, to: Worker) => {
  const all = await syncOf(from);
  await to.evaluate((items) => chrome.storage.sync.set(items), all);
};
/** The record of Tom's room in a profile's storage.sync, once its pass has written it (as text, to compare). */
const recordOf = async (worker: Worker) => JSON.stringify((await syncOf(worker))[KEY] ?? null);

async function openTom(page: Page) {
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  return page.locator(`a[href*="${TOM}"]`);
}

async function openActions(popup: Page) {
  const row = popup.locator(`li[data-room-id="${TOM}"]`);
  if (!(await row.getByRole('button', { name: 'More ▸' }).isVisible())) await row.locator('.room-more').click();
  await row.getByRole('button', { name: 'More ▸' }).click();
  return row;
}

test('terms and a contract tag set on one profile apply on a second after its sync is copied; cleared there, cleared here', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(180_000);
  // The badge counts only rooms past Upwork's best practice, so Tom's terms change its number. A setting
  // lives in storage.sync too: the copy carries it to profile 2, as the browser's sync would.
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { badgeCounts: 'past-best-practice' } }));
  // (1) Profile 1: Tom's room on a contract, with agreed 8-hour terms.
  const mark1 = await openTom(await context.newPage());
  await expect(mark1).toHaveAttribute('data-reply-window', 'late');
  const badgeBefore = await readBadge(worker);
  const popup1 = await openPopup(context, extensionId);
  let row1 = await openActions(popup1);
  await row1.getByLabel('Contract').selectOption('active');
  await row1.getByLabel('Reply within (hours)').fill('8');
  await row1.getByTestId('terms-form').getByRole('button', { name: 'Set terms' }).click();
  await expect(row1.getByTestId('room-terms')).toHaveText('Agreed terms: reply within 8 h');
  await expect(mark1).toHaveAttribute('data-reply-window-label', EIGHT_HOURS);
  await expect.poll(() => readBadge(worker)).not.toEqual(badgeBefore);
  const badgeWithTerms = await readBadge(worker);
  // The worker's pass writes the record 2 s after the choice.
  await expect.poll(() => recordOf(worker), { timeout: 20_000 }).toContain('"');
  const written = await recordOf(worker);

  // (2) Profile 2: a fresh browser profile; profile 1's storage.sync copied in, as the browser's sync would.
  const second = await launchWithExtension();
  try {
    await routeUpwork(second.context, demoHtml);
    expect(await recordOf(second.worker)).toBe('null');
    await copySync(worker, second.worker);

    // (3) After it reads the page: the page mark, the popup row and the badge apply the terms and the tag.
    const mark2 = await openTom(await second.context.newPage());
    await expect(mark2).toHaveAttribute('data-reply-window', 'on-time', { timeout: 20_000 });
    await expect(mark2).toHaveAttribute('data-reply-window-label', EIGHT_HOURS);
    const popup2 = await openPopup(second.context, second.extensionId);
    const row2 = popup2.locator(`li[data-room-id="${TOM}"]`);
    await expect(row2.getByTestId('room-terms')).toHaveText('Agreed terms: reply within 8 h');
    await expect(row2).toHaveAttribute('data-reply-window', 'on-time');
    await openActions(popup2);
    await expect(row2.getByLabel('Contract')).toHaveValue('active');
    await expect.poll(() => readBadge(second.worker)).toEqual(badgeWithTerms);

    // (4) Clear the terms on profile 2; its sync copied back: profile 1 clears them too, the tag stays.
    await row2.getByTestId('terms-form').getByRole('button', { name: "Back to Upwork's windows" }).click();
    await expect(row2.getByTestId('room-terms')).toHaveCount(0);
    await expect(mark2).toHaveAttribute('data-reply-window', 'late');
    await expect.poll(() => recordOf(second.worker), { timeout: 20_000 }).not.toBe(written);
    await copySync(second.worker, worker);
  } finally {
    await second.cleanup();
  }
  await expect(mark1).toHaveAttribute('data-reply-window', 'late', { timeout: 20_000 });
  await popup1.reload();
  row1 = popup1.locator(`li[data-room-id="${TOM}"]`);
  await expect(row1).toHaveAttribute('data-reply-window', 'late');
  await expect(row1.getByTestId('room-terms')).toHaveCount(0);
  await openActions(popup1);
  await expect(row1.getByLabel('Contract')).toHaveValue('active');
  await expect.poll(() => readBadge(worker)).toEqual(badgeBefore);
});

test('a waiting room whose choices did not fit in sync: the popup says they are kept on this computer only', async ({
  context,
  worker,
  extensionId,
}) => {
  await openTom(await context.newPage());
  // The pass on the worker's wake writes the list (empty here): set it after, as a full sync would leave it.
  await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('syncLocalOnly'))).toHaveProperty('syncLocalOnly');
  const popup = await openPopup(context, extensionId);
  await popup.locator(`li[data-room-id="${TOM}"]`).waitFor();
  await expect(popup.getByTestId('sync-local-only')).toHaveCount(0);
  await worker.evaluate((room) => chrome.storage.local.set({ syncLocalOnly: [room] }), TOM);
  await popup.reload();
  await expect(popup.getByTestId('sync-local-only')).toHaveText('Kept on this computer only: the synced storage is full. (1 room)');
});
