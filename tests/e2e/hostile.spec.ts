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
/** Clients whose names a spreadsheet would run as formulas; they are answered, so the response log (the CSV) has them. */
const FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0"];
const formulaRooms = (lastBy: 'client' | 'freelancer') =>
  FORMULAS.map((name, i) => ({
    id: roomId(10 + i),
    name,
    title: '@SUM(1+1)*cmd|/C calc',
    lastBy,
    ago: lastBy === 'client' ? '-20m' : '-1m',
  }));

/** RFC 4180 cells of a CSV text. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const end = () => {
    rows[rows.length - 1].push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') end();
    else if (c === '\r' && text[i + 1] === '\n') {
      end();
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows.filter((r) => r.length > 1);
}
const download = async (d: import('@playwright/test').Download) =>
  Buffer.concat(await (await d.createReadStream()).toArray()).toString('utf8');

test('hostile names and titles render as text in the page marks, the popup, notifications and exports', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  const dialogs: string[] = [];
  context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
  // Every notification's options, as the worker hands them to Chrome (getAll gives only their ids).
  await worker.evaluate(() => {
    const create = chrome.notifications.create.bind(chrome.notifications);
    const shown: chrome.notifications.NotificationOptions[] = ((globalThis as any).shownNotifications = []);
    (chrome.notifications as any).create = (id: string, options: chrome.notifications.NotificationOptions) => {
      shown.push(options);
      return create(id, options as never);
    };
  });
  servePage(buildPage([...HOSTILE, ...formulaRooms('client')]));
  const page = await context.newPage();
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('6');
  // The formula-named clients are answered: their replies go to the response log.
  servePage(buildPage([...HOSTILE, ...formulaRooms('freelancer')]));
  await page.reload();
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

  // Notifications: the room due soonest (the markup-like name, 91 min) is named in the title or message, literally.
  await expect.poll(async () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).length)).toBeGreaterThan(0);
  const shown = await worker.evaluate(() => (globalThis as any).shownNotifications as { title: string; message: string }[]);
  const text = shown.map((n) => `${n.title}\n${n.message}`).join('\n');
  expect(text).toContain(XSS);
  expect(text).not.toMatch(/&lt;|&gt;|&amp;/); // not escaped either: Chrome shows notification text as text
  for (const n of shown) expect(typeof n.title === 'string' && typeof n.message === 'string').toBe(true);

  // Exports: the JSON backup and the CSV keep the text as data.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [json] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Back up everything (JSON)' }).click(),
  ]);
  const backup = JSON.parse(await download(json));
  expect(backup.threads.map((t: { name: string }) => t.name)).toContain(XSS);
  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export the response log (CSV)' }).click(),
  ]);
  const rows = csvRows(await download(csv));
  const [header, ...entries] = rows;
  const client = header.indexOf('client');
  const title = header.indexOf('job_title');
  // Each formula name is there, defused with a leading apostrophe; no cell of the file starts a formula.
  expect(entries.map((r) => r[client]).sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
  expect(entries.map((r) => r[title])).toEqual(["'@SUM(1+1)*cmd|/C calc", "'@SUM(1+1)*cmd|/C calc"]);
  expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  expect(dialogs).toEqual([]);
});
