// Issue 21, "Settings that are short and safe": four groups in order, Upwork's windows under Advanced
// with a reset, durations as number + unit and reminder times as chips, each saved as it is made.
import type { Page } from '@playwright/test';
import type { Settings } from '@/utils/rules/settings';
import { expect, test } from './test';

const storedSettings = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Partial<Settings> | undefined);

test('the options page has four groups, in order, and Advanced closed at the end', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('section.group > h2')).toHaveText(['Alerts', 'Badge and list', 'Holding replies', 'Your data']);
  // Every badge option is in Badge and list, and nowhere else.
  const badge = options.locator('[data-group="badge"]');
  for (const legend of ['The badge counts', 'Invitations on the badge'])
    await expect(badge.getByRole('group', { name: legend })).toBeVisible();
  await expect(badge.getByLabel('Grey the badge when Messages has not been read for (hours)')).toBeVisible();
  // Upwork's own windows are not at the top: they wait, closed, under Advanced.
  await expect(options.getByLabel('Best practice (hours)')).toBeHidden();
  await expect(options.locator('details.advanced')).not.toHaveAttribute('open');
});

test('Advanced: Reset to 2 h / 24 h puts back and saves Upwork’s windows', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText("Advanced: Upwork's reply windows").click();
  await options.getByLabel('Best practice (hours)').fill('4');
  await options.getByLabel('Expected (hours)').fill('30');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect.poll(() => storedSettings(options)).toMatchObject({ bestPracticeHours: 4, expectedHours: 30 });

  await options.getByRole('button', { name: 'Reset to 2 h / 24 h' }).click();
  await expect(options.getByLabel('Best practice (hours)')).toHaveValue('2');
  await expect(options.getByLabel('Expected (hours)')).toHaveValue('24');
  await expect.poll(() => storedSettings(options)).toMatchObject({ bestPracticeHours: 2, expectedHours: 24 });
  await options.reload();
  await options.getByText("Advanced: Upwork's reply windows").click();
  await expect(options.getByLabel('Expected (hours)')).toHaveValue('24');
});

test('a warning typed as number + unit is stored as minutes and shown again after a reload; a refused one is said and focused', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const expected = options.getByRole('group', { name: 'Before the expected window closes' });
  // What was stored before (180 minutes) is shown as 3 h.
  await expect(expected.getByRole('spinbutton')).toHaveValue('3');
  await expect(expected.getByRole('combobox')).toHaveValue('h');

  // 1 d is not less than the 24-hour window: refused with the reason, the field focused, nothing stored.
  await expected.getByRole('combobox').selectOption('d');
  await expect(options.getByRole('alert').filter({ hasText: 'less than the window (1 d)' })).toBeVisible();
  await expect(expected.getByRole('spinbutton')).toBeFocused();
  expect((await storedSettings(options))?.leadMinutes?.expected ?? [180]).toEqual([180]);

  await expected.getByRole('spinbutton').fill('90');
  await expected.getByRole('combobox').selectOption('min');
  await options
    .getByRole('group', { name: 'Before the 7-day policy window closes' })
    .getByRole('button', { name: 'Add a warning' })
    .click();
  const policy = options.getByRole('group', { name: 'Before the 7-day policy window closes' });
  await policy.getByRole('spinbutton').nth(2).fill('2');
  await policy.getByRole('combobox').nth(2).selectOption('d');
  await expect
    .poll(async () => (await storedSettings(options))?.leadMinutes)
    .toEqual({
      'best-practice': [30],
      expected: [90],
      policy: [1440, 360, 2880],
    });
  await expect(options.getByRole('status').first()).toHaveText('Saved.');

  await options.reload();
  await expect(expected.getByRole('spinbutton')).toHaveValue('90');
  await expect(expected.getByRole('combobox')).toHaveValue('min');
  for (const [i, v] of ['1', '6', '2'].entries()) await expect(policy.getByRole('spinbutton').nth(i)).toHaveValue(v);
  await expect(policy.getByRole('combobox').nth(2)).toHaveValue('d');
  // Removing one is saved at once.
  await policy.getByRole('button', { name: 'Remove warning 2 (Before the 7-day policy window closes)' }).click();
  await expect.poll(async () => (await storedSettings(options))?.leadMinutes?.policy).toEqual([1440, 2880]);
});

test('a reminder time added as a chip and one removed persist across a reload', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const times = options.getByRole('group', { name: 'Remind me to check Upwork Messages at' });
  await expect(times.locator('.chip')).toHaveCount(0);
  for (const time of ['13:00', '09:15']) {
    await times.getByLabel('Reminder time to add').fill(time);
    await times.getByLabel('Reminder time to add').press('Enter'); // Enter adds, as the button does
  }
  await expect(times.locator('.chip')).toHaveText(['09:15×', '13:00×']);
  await times.getByRole('button', { name: 'Remove 09:15' }).click();
  await expect.poll(async () => (await storedSettings(options))?.reminder?.times).toEqual(['13:00']);
  await options.reload();
  await expect(times.locator('.chip')).toHaveText(['13:00×']);
});
