// Issue 11, "Age of the view", in the real browser: once the last read of
// Messages is older than the threshold, the worker wakes by itself and the
// badge keeps its count but turns grey, and says since when in its title.
import { buildPage, roomId } from './build-page';
import { expect, readBadge, ROOMS_URL, test } from './test';

const GREY = '#5f6368';

test('the badge turns grey on its own when the last read ages past the threshold', async ({ context, worker, servePage }) => {
  servePage(buildPage([{ id: roomId(1), name: 'Nora Quinn', lastBy: 'client', ago: '-20m' }]));
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
  expect((await readBadge(worker)).color).not.toBe(GREY);
  await page.close(); // no Messages tab: nothing reads the page any more

  // The clock is not ours to move: age the last read instead, so that it turns old (2 h, the default) in 3 seconds.
  const lastReadAt = await worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('reply-window');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('meta', 'readwrite');
          const store = tx.objectStore('meta');
          const at = Date.now() - 2 * 3_600_000 + 3_000;
          const get = store.get('page');
          get.onsuccess = () => store.put({ ...get.result, lastReadAt: at, checkedAt: at }, 'page');
          tx.oncomplete = () => {
            req.result.close();
            resolve(at);
          };
        };
      }),
  );
  // Any wake-up recomputes; this one only starts the worker's own planning.
  await worker.evaluate(() => chrome.alarms.create('test-wake', { when: Date.now() + 100 }));

  // The worker sets its own alarm at the moment the view turns old...
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.alarms.get('next-change'))?.scheduledTime))
    .toBe(lastReadAt + 2 * 3_600_000 + 1);
  // ...and at that moment, with no one touching it, the badge keeps its count and turns grey.
  await expect.poll(async () => readBadge(worker), { timeout: 45_000 }).toEqual({ text: '1', color: GREY });
  const title = await worker.evaluate(() => chrome.action.getTitle({}));
  expect(title).toMatch(/2 h ago/);
});

test('the threshold is set in Settings, saved as it is made; a bad one is refused with the reason, its field focused', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const threshold = options.getByLabel('Grey the badge when Messages has not been read for (hours)');
  await threshold.fill('0');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect(options.getByRole('alert').filter({ hasText: 'between 0.25 and 72' })).toBeVisible();
  // Saved as it is made, so an error puts the focus back in its field, the message beside it.
  await expect(threshold).toBeFocused();
  await expect(options.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);

  await threshold.fill('4');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  // Reminder times are chips: a time field and Add; each added time is saved at once.
  const times = options.getByRole('group', { name: 'Remind me to check Upwork Messages at' });
  for (const time of ['17:30', '09:00', '13:00']) {
    await times.getByLabel('Reminder time to add').fill(time);
    await times.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await expect(times.locator('.chip')).toHaveText(['09:00×', '13:00×', '17:30×']);
  await expect
    .poll(() => options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
    .toMatchObject({ staleAfterHours: 4, reminder: { times: ['09:00', '13:00', '17:30'], days: [1, 2, 3, 4, 5] } });
});
