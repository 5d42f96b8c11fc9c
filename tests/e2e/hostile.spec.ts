// The page is untrusted: names and titles that look like markup, very long,
// right-to-left or emoji must come out as plain text everywhere.
import { buildPage, roomId } from './build-page';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const XSS = '<img src=x onerror=alert(1)>';
const LONG = 'Ω'.repeat(2000);
const RTL = 'شركة النور للتصميم';
const EMOJI = 'Zoë 🚀👩🏽‍💻';
const HOSTILE = [
  { id: roomId(1), name: XSS, title: `<script>alert(2)</script> & "quotes"`, lastBy: 'client' as const, ago: '-91m' },
  { id: roomId(2), name: LONG, title: LONG, lastBy: 'client' as const, ago: '-3h' },
  { id: roomId(3), name: RTL, title: 'עיצוב לוגו', lastBy: 'client' as const, ago: '-30h' },
  { id: roomId(4), name: EMOJI, title: '=cmd|/c calc!A1', lastBy: 'client' as const, ago: '-10m' },
];

test('hostile names and titles render as text in the page marks, the popup, notifications and exports', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
  servePage(buildPage(HOSTILE));
  const page = await context.newPage();
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('4');

  // The page: only our two attributes were added; no element of ours, no image.
  await expect(page.locator('[data-reply-window]')).toHaveCount(4);
  expect(await page.locator('img').count()).toBe(0);

  // The popup: each name is shown literally, as text.
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(4);
  expect(await popup.locator(`li[data-room-id="${roomId(1)}"] .room-name`).textContent()).toBe(XSS);
  expect(await popup.locator(`li[data-room-id="${roomId(3)}"] .room-name`).textContent()).toBe(RTL);
  expect(await popup.locator(`li[data-room-id="${roomId(4)}"] .room-name`).textContent()).toBe(EMOJI);
  const long = await popup.locator(`li[data-room-id="${roomId(2)}"] .room-name`).textContent();
  expect(long!.startsWith('ΩΩΩ')).toBe(true);
  expect(long!.length).toBeLessThanOrEqual(300);
  expect(await popup.locator('img, script:not([src])').count()).toBe(0);
  // The popup still fits its width: the long name is cut with an ellipsis, not overflowing.
  expect(await popup.evaluate(() => [...document.querySelectorAll('.room')].every((li) => li.scrollWidth <= li.clientWidth))).toBe(true);
  await popup.screenshot({ path: 'test-results/hostile-popup.png' });

  // Notifications: the message carries the text as text.
  const messages = await worker.evaluate(async () => Object.values(await chrome.notifications.getAll()).length);
  expect(messages).toBeGreaterThan(0);

  // Exports: the JSON backup and the CSV keep the text as data.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [json] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
  ]);
  const backup = JSON.parse(await (await json.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(backup.threads.map((t: { name: string }) => t.name)).toContain(XSS);
  expect(dialogs).toEqual([]);
});
