// The new-computer case: everything deleted, then a backup restored. The popup
// lists the restored rooms with the backup's date, the badge counts them as an
// old view (grey, never "?"), and the restore asks before replacing settings.
import { STALE_COLOR } from '@/utils/rules/badge';
import { buildPage, roomId } from './build-page';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const ROOMS = [
  { id: roomId(1), name: 'Ana Ruiz', lastBy: 'client' as const, ago: '-30m' },
  { id: roomId(2), name: 'Ben Okafor', lastBy: 'client' as const, ago: '-5h' },
  { id: roomId(3), name: 'Chen Wei', lastBy: 'freelancer' as const, ago: '-1h' },
];

test('after "Delete everything" and a restore, the popup lists the restored rooms from a backup dated…, and the badge counts them', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  servePage(buildPage(ROOMS));
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('2');
  await page.close(); // the Messages tab is closed: nothing reads the page again

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // A template of the user's own goes into the backup with the rest.
  const templates = options.locator('form.templates');
  await templates.getByRole('button', { name: 'Add a template' }).click();
  await templates.locator('li.template').last().getByLabel('Name').fill('Back tomorrow');
  await templates.locator('li.template').last().getByLabel('Text').fill('Hi {first_name}, I will answer by {by}.');
  await expect(templates.getByRole('status')).toHaveText('Saved.'); // saved as it is typed
  await expect(templates.locator('li.template')).toHaveCount(4);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
  ]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(async () => (await readBadge(worker)).text).toBe('?');

  // The backup carries a name the settings here do not have: the user is asked first, and shown the change.
  const backup = text.replace('"selfName": ""', '"selfName": "Alex Rivera"');
  await options
    .locator('input[type=file]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const confirm = options.getByRole('group', { name: 'Confirm the restore' });
  await expect(confirm).toContainText('You: – → Alex Rivera');
  // "Delete everything" took the templates back to the three defaults: the backup's four replace them, said first.
  await expect(confirm.getByTestId('restore-templates')).toHaveText(
    'This backup also replaces your holding-reply templates with the 4 templates it holds.',
  );
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('?'); // nothing restored before the yes
  await confirm.getByRole('button', { name: 'Restore and replace my settings' }).click();
  await expect(options.locator('.data-status')).toContainText('Restored: 3 room(s)');

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(2);
  await expect(popup.getByTestId('restored-from')).toHaveText(
    /^Rooms from a backup dated \w{3} \d{1,2}, \d{4}, until Upwork Messages is read again\.$/,
  );
  await expect(popup.locator('[data-state="never-opened"]')).toHaveCount(0);
  expect(await readBadge(worker)).toEqual({ text: '2', color: STALE_COLOR });
  await expect(options.getByLabel('Your name as Upwork shows it', { exact: false })).toHaveValue('Alex Rivera');
  await expect(templates.locator('li.template').last().getByLabel('Name')).toHaveValue('Back tomorrow');

  // Reading the page again ends the restored state.
  const again = await context.newPage();
  await again.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).color).not.toBe(STALE_COLOR);
  await popup.reload();
  await expect(popup.getByTestId('restored-from')).toHaveCount(0);
});
