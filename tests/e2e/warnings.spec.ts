// Issue 3 in the real browser: notifications really created, never twice; snooze and
// "no reply needed" change the badge; options persist and are validated.
import { buildPage, roomId } from './build-page';
import { expect, killServiceWorker, openPopup, readBadge, ROOMS_URL, test } from './test';

/** The notifications the extension has on screen, read in the worker. */
const notifications = (worker: import('@playwright/test').Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

test('a room past its warning time raises one notification, and not again after a worker restart', async ({
  context,
  worker,
  servePage,
}) => {
  // The 2-hour window closes in about 29 minutes: the 30-minute warning is due now.
  servePage(
    buildPage([
      { id: roomId(1), name: 'Nora Quinn', lastBy: 'client', ago: '-91m' },
      { id: roomId(2), name: 'Old Friend', lastBy: 'freelancer', ago: '-5h' },
    ]),
  );
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(() => notifications(worker)).toHaveLength(1);
  const [id] = await notifications(worker);
  expect(id).toContain(roomId(1));

  await killServiceWorker(page);
  await page.reload(); // wakes the worker with a fresh observation
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
  await page.waitForTimeout(1_000);
  expect(await notifications(worker)).toEqual([id]);
});

test('snooze and "no reply needed" take a room off the badge; undo brings it back', async ({ context, worker, extensionId, servePage }) => {
  servePage(
    buildPage([
      { id: roomId(1), name: 'Ana Lima', lastBy: 'client', ago: '-3h' },
      { id: roomId(2), name: 'Ben Ode', lastBy: 'client', ago: '-20m' },
    ]),
  );
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('2');

  const popup = await openPopup(context, extensionId);
  const ana = popup.locator(`li[data-room-id="${roomId(1)}"]`).first();
  await ana.locator('.room-open').focus();
  await popup.keyboard.press('s');
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
  await expect(popup.locator('.snoozed li[data-room-id]')).toHaveCount(1);
  // The snoozed room keeps its real deadline.
  await expect(popup.locator('.snoozed .room-left')).toContainText('24-hour window');

  const ben = popup.locator(`.rooms:not(.snoozed) li[data-room-id="${roomId(2)}"]`);
  await ben.locator('.room-open').focus();
  await popup.keyboard.press('n');
  await ben.getByRole('button', { name: 'Yes, no reply needed' }).click();
  await expect.poll(async () => (await readBadge(worker)).text).toBe('');
  await popup
    .locator(`.dismissed li[data-room-id="${roomId(2)}"]`)
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
});

test('options persist across a reload and refuse bad values', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText("Advanced: Upwork's reply windows").click(); // Upwork's own windows are under Advanced
  const best = options.getByLabel('Best practice (hours)');
  await best.fill('3');
  await options.getByLabel('Your name as Upwork shows it', { exact: false }).fill('Alex Rivera');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect(options.getByRole('status').first()).toHaveText('Saved.');

  await options.getByLabel('Expected (hours)').fill('1');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect(options.getByRole('alert').filter({ hasText: 'longer than best practice' })).toBeVisible();
  await expect(options.getByRole('status').first()).toContainText('Not saved');

  await options.reload();
  await options.getByText("Advanced: Upwork's reply windows").click();
  await expect(options.getByLabel('Best practice (hours)')).toHaveValue('3');
  await expect(options.getByLabel('Expected (hours)')).toHaveValue('24');
  const stored = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  expect(stored).toMatchObject({ bestPracticeHours: 3, expectedHours: 24, selfName: 'Alex Rivera' });
});
