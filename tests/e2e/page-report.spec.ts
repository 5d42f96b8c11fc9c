// "Report a page problem" in real Chromium: on a page in a layout the reader does not know,
// the popup's notice offers the report; the report is shown whole, then copied.
import { expect, fixtureHtml, openPopup, ROOMS_URL, test } from './test';

test('the layout notice offers the page report, which opens in the popup and is copied whole', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(60_000);
  servePage(fixtureHtml('pages/unrecognised.html'));
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  // The reader gives the app 10 s to render before it says the layout is not recognised (read while the tab is in front).
  const title = () => worker.evaluate(() => chrome.action.getTitle({}));
  await expect.poll(title, { timeout: 25_000 }).toMatch(/layout not recognised/);

  const popup = await openPopup(context, extensionId);
  const notice = popup.locator('[data-state="layout-unrecognised"]');
  await notice.getByRole('button', { name: 'Report a page problem' }).click();

  const report = popup.getByTestId('report-text');
  await expect(report).toContainText('"pageKind": "messages"');
  await expect(popup.getByTestId('report-summary')).toContainText('unrecognised');
  // The unknown layout's own hooks travel, its people's names do not.
  await expect(report).toContainText('li class=\\"thread-card\\"');
  await expect(report).toContainText('\\"Aaaaa Aaaa\\"');
  await expect(report).not.toContainText('James Blue');

  // An extension page's origin cannot be granted permissions here: the browser's one clipboard is read from the Upwork tab.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.upwork.com' });
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy' }).click();
  await expect(popup.locator('.page-report [role="status"]')).toHaveText('Copied to the clipboard.');
  await page.bringToFront();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await report.textContent());
  expect(JSON.parse(copied)).toMatchObject({ format: 'reply-window-page-report/1', reader: { verdict: 'unrecognised' } });

  // The options page offers the same report of the same page.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Report a page problem' }).click();
  await expect(options.getByTestId('report-text')).toContainText('"verdict": "unrecognised"');
});
