// Issue 14, repeated misses end to end: answering a contract room after 8 days
// is a 7-day miss, and the stats list it under the client's name.
import { expect, ROOMS_URL, test } from './test';

const ISABELLA = 'room_7046a3e01f9915371e20412adf318770'; // waiting 8 days on a contract

test('a reply 8 days late on a contract shows in the stats as a 7-day miss with that client, and the tag says what would move it', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  // Before any answer there is no figure at all.
  await expect(stats.locator('[data-state="no-replies"]')).toBeVisible();

  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await expect(page.locator(`a[href*="${ISABELLA}"]`)).toHaveAttribute('data-reply-window', 'overdue');
  // The list does not say whether this room is on a contract: the user says so (as in the popup's question).
  await stats.evaluate((roomId) => chrome.runtime.sendMessage({ type: 'user:contract', roomId, tag: 'active' }), ISABELLA);
  await expect(page.locator(`a[href*="${ISABELLA}"]`)).toHaveAttribute('data-reply-window', 'breach');
  await page.evaluate((id) => (window as unknown as { demo: { reply(id: string): unknown } }).demo.reply(id), ISABELLA);
  await expect(page.locator(`a[href*="${ISABELLA}"]`)).not.toHaveAttribute('data-reply-window', /.*/);

  await stats.reload();
  const row = stats.getByTestId('misses').locator(`li[data-room-id="${ISABELLA}"]`);
  await expect(row).toHaveAttribute('data-misses', '1');
  await expect(row).toHaveText(/^Isabella.*: 1 miss$/);

  // Next to the tag: the share answered at all (one reply, the demo's other rooms still waiting), and what would move it.
  const waiting = await page.locator('[data-reply-window]').count();
  await expect(stats.getByTestId('answered-share')).toContainText(`${Math.round(100 / (1 + waiting))}% of client messages`);
  // One reply of 8 days: 24 h+; the rooms now waiting would not change that, quick replies would.
  await expect(stats.getByTestId('tag-outlook')).toHaveText(/^At least \d+ more replies under 1 d would bring you to 12-24 h\.$/);
  // The page opens with it in one line: the tag the average points to, not at risk, and what would move it.
  await expect(stats.getByTestId('stats-status')).toHaveText(
    /^Upwork’s tag: 24 h\+ \(your 90-day average, 8 d( \d+ h)?\)\. Not at risk\. At least \d+ more replies under 1 d would bring you to 12-24 h\.$/,
  );

  // The weekly chart: labelled axes (hours, the week's start), the tag's bands, each bar's value on hover.
  const chart = stats.locator('figure.chart').first().locator('svg');
  await expect(chart.locator('[data-band]')).toHaveCount(5);
  // The top tick is the next whole day above the highest bar (8 days and some hours).
  await expect(chart.locator('[data-tick]')).toHaveText(['4 h', '8 h', '12 h', '24 h', /^(192|216) h$/]);
  await expect(chart.locator('[data-week-label]')).toHaveCount(5);
  await expect(chart.locator('.bar').last().locator('title')).toHaveText(/^Week of \d+ \w+: 8 d/);
});
