// Issue 14, part 2 end to end: agreed terms set in the popup replace the 2- and
// 24-hour windows for that room, in the popup and on the page's mark.
import { expect, openPopup, ROOMS_URL, test } from './test';

const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // waiting 3 h: late

test('agreed terms on a room: refused out of range; set, the popup row and the page mark follow them', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  const mark = page.locator(`a[href*="${TOM}"]`);
  await expect(mark).toHaveAttribute('data-reply-window', 'late');

  const popup = await openPopup(context, extensionId);
  const row = popup.locator(`li[data-room-id="${TOM}"]`);
  await expect(row).toHaveAttribute('data-reply-window', 'late');
  await row.locator('.room-more').click();
  await row.getByRole('button', { name: 'More ▸' }).click();
  const form = row.getByTestId('terms-form');
  const hours = form.getByLabel('Reply within (hours)');

  // Out of range: refused in the form, with the reason, and nothing changes.
  await hours.fill('400');
  await form.getByRole('button', { name: 'Set terms' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give a number of hours between 0.5 and 336 (14 days).');
  await hours.fill('0.25');
  await form.getByRole('button', { name: 'Set terms' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give a number of hours between 0.5 and 336 (14 days).');
  await expect(row).toHaveAttribute('data-reply-window', 'late');

  // Overnight working hours are shown as such.
  await form.getByLabel('Count only working hours').check();
  await form.getByLabel('From').fill('22:00');
  await form.getByLabel('To').fill('06:00');
  await expect(form).toContainText('Ends the next day (overnight).');

  // Terms a working week cannot reach within a year (336 h in one hour a weekday): refused, with the reason.
  await hours.fill('336');
  await form.getByLabel('From').fill('09:00');
  await form.getByLabel('To').fill('10:00');
  await form.getByRole('button', { name: 'Set terms' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'These working hours cannot reach the agreed hours within a year: add days or hours, or agree fewer hours.',
  );
  await expect(row).toHaveAttribute('data-reply-window', 'late');
  await form.getByLabel('Count only working hours').uncheck();

  // 8 hours, in real time: Tom (3 h) is on time again, and the row says which terms apply.
  await hours.fill('8');
  await form.getByRole('button', { name: 'Set terms' }).click();
  await expect(row).toHaveAttribute('data-reply-window', 'on-time');
  await expect(row.locator('.room-left')).toHaveText(/^≈ [45] h( \d+ m)? left of the agreed 8-hour window$/);
  await expect(row.getByTestId('room-terms')).toHaveText('Agreed terms: reply within 8 h');
  await expect(mark).toHaveAttribute('data-reply-window', 'on-time');
  // The mark says what the popup's row says (main's page marks).
  await expect(mark).toHaveAttribute('data-reply-window-label', /^≈ [45] h( \d+ m)? left of the agreed 8-hour window$/);

  // Back to Upwork's windows: late again, in both places.
  // the row's actions stay open after a change
  if (!(await form.isVisible())) {
    if (!(await row.getByRole('button', { name: 'More ▸' }).isVisible())) await row.locator('.room-more').click();
    await row.getByRole('button', { name: 'More ▸' }).click();
  }
  await form.getByRole('button', { name: "Back to Upwork's windows" }).click();
  await expect(row).toHaveAttribute('data-reply-window', 'late');
  await expect(mark).toHaveAttribute('data-reply-window', 'late');
});
