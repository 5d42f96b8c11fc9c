// Issue 14, part 4: a room tagged Direct Messages keeps its countdown (the
// client still waits) but Upwork's tag does not count it, and neither do the stats' tag figures.
import { expect, openPopup, ROOMS_URL, test } from './test';

const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // waiting 3 h: late

test('tagged Direct Messages in the popup: the countdown stays, the reply is left out of the tag, and the stats can count it again', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  const mark = page.locator(`a[href*="${TOM}"]`);
  await expect(mark).toHaveAttribute('data-reply-window', 'late');

  const popup = await openPopup(context, extensionId);
  const row = popup.locator(`li[data-room-id="${TOM}"]`);
  await row.locator('.room-more').click();
  await row.getByRole('button', { name: 'More ▸' }).click();
  await row.getByLabel("Direct Messages (not counted in Upwork's response time)").check();
  await expect(row.getByTestId('room-direct')).toHaveText(/^Direct Messages: left out of your response-time forecast/);
  // The client still waits: the window and the page's mark are unchanged.
  await expect(row).toHaveAttribute('data-reply-window', 'late');
  await expect(mark).toHaveAttribute('data-reply-window', 'late');

  // Answered on the page (3 h after the client wrote): one reply in the log.
  await page.evaluate((id) => (window as unknown as { demo: { reply(id: string): unknown } }).demo.reply(id), TOM);
  await expect(mark).not.toHaveAttribute('data-reply-window', /.*/);

  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  // Your own figures count it; Upwork's tag does not.
  await expect(stats.getByTestId('stats-headline').locator('[data-figure="replies"]')).toHaveAttribute('data-replies', '1');
  const tag = stats.locator('section.tag');
  await expect(tag).toHaveAttribute('data-bucket', '');
  await expect(stats.getByTestId('stats-status')).toHaveText('No reply of the last 90 days counts toward Upwork’s tag yet.');
  const leftOut = stats.getByTestId('direct-left-out');
  await expect(leftOut).toHaveAttribute('data-replies', '1');
  await expect(leftOut).toContainText('1 room you tagged (replies in the last 90 days: 1; waiting now: 0)');
  await expect(leftOut.locator(`li[data-room-id="${TOM}"]`)).toContainText('Tom');

  // The room no longer waits, so it is not in the popup: the stats untag it.
  await leftOut.getByRole('button', { name: "Count Tom Becker again in Upwork's response time" }).click();
  await expect(leftOut).toHaveCount(0);
  await expect(tag).toHaveAttribute('data-bucket', '0-4 h');
});
