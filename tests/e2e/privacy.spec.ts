// Nothing leaves the machine: a full session (the page, the worker, the popup,
// the options, notifications, exports, stats) while every request from every
// context is recorded. The only requests allowed are the page's own documents
// and assets, which the test itself serves, and the extension's own files.
import type { BrowserContext } from '@playwright/test';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

/** Every request from every context: pages, extension pages, content scripts and the service worker. */
function recordRequests(context: BrowserContext) {
  const requests: { url: string; type: string }[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  return requests;
}

test('positive control: the recording sees a request from the worker, the content script and an extension page', async ({
  context,
  worker,
  extensionId,
}) => {
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('[data-reply-window]').first().waitFor();
  const popup = await openPopup(context, extensionId);
  // One deliberate request from each context (to an address that cannot resolve).
  await worker.evaluate(() => fetch('https://control.invalid/from-worker').catch(() => 'failed'));
  await popup.evaluate(() => fetch('https://control.invalid/from-popup').catch(() => 'failed'));
  // The content script runs in its own isolated world of the page: reached through CDP.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.find((w) => w.origin === `chrome-extension://${extensionId}`)).toBeTruthy();
  const ours = worlds.find((w) => w.origin === `chrome-extension://${extensionId}`)!;
  await cdp.send('Runtime.evaluate', {
    expression: "fetch('https://control.invalid/from-content-script').catch(() => 'failed')",
    contextId: ours.id,
    awaitPromise: true,
  });
  await expect
    .poll(() =>
      requests
        .map((r) => r.url)
        .filter((u) => u.startsWith('https://control.invalid/'))
        .sort(),
    )
    .toEqual(['https://control.invalid/from-content-script', 'https://control.invalid/from-popup', 'https://control.invalid/from-worker']);
});

test('a full session makes no network request from any extension context', async ({ context, worker, extensionId }) => {
  const requests = recordRequests(context);
  const ours = (u: string) => u.startsWith(`chrome-extension://${extensionId}/`) || u.startsWith('data:') || u.startsWith('blob:');
  const upworkPage = (r: { url: string; type: string }) =>
    r.url.startsWith('https://www.upwork.com/') &&
    ['document', 'script', 'stylesheet'].includes(r.type) &&
    /\/ab\/messages\/|\/demo\//.test(r.url);

  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('[data-reply-window]').first().waitFor();
  await page.evaluate(() => (window as any).demo.clientWrites());
  await page.evaluate(() => (window as any).demo.reply());
  await page.locator('a[data-test="room-list-item"]').nth(3).click(); // open another room, as a user does
  await expect.poll(async () => (await readBadge(worker)).text).toMatch(/^\d+$/);
  // A warning is due for a room about to pass 2 hours: a notification is really shown.
  await expect.poll(async () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).length)).toBeGreaterThan(0);

  const popup = await openPopup(context, extensionId);
  await popup.locator('.rooms .room-open').first().focus();
  await popup.keyboard.press('s');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Your name as Upwork shows it', { exact: false }).fill('Alex Rivera');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Back up everything (JSON)' }).click()]);
  await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export the response log (CSV)' }).click()]);
  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  await stats.locator('h1').waitFor();
  await page.waitForTimeout(1_000);

  const outside = requests.filter((r) => !ours(r.url) && !upworkPage(r));
  expect(outside).toEqual([]);
  // The page's own requests were only the documents and files the test served.
  expect(
    requests.filter((r) => r.url.startsWith('https://www.upwork.com/') && !['document', 'script', 'stylesheet'].includes(r.type)),
  ).toEqual([]);
});
