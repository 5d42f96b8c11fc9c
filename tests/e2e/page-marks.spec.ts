// Issue 11 "one language for time" and issue 10 "one rule": the page mark says what the
// popup's row says for the same room, and the user's window lengths give the same state
// on the page, the badge and the popup.
import type { Page } from '@playwright/test';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { BADGE_COLOR } from '@/utils/rules/badge';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const id = (n: number) => 'room_' + (n + 1).toString(16).padStart(32, '0');
/** Rows in Upwork's markup: [minutes ago, last by the freelancer?]. */
function inbox(rows: [number, boolean][]): string {
  const html = rows
    .map(
      ([ago, mine], i) => `<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${id(i)}">
<div class="room-list-item-base"><span data-test="room-name" class="room-list-item-base-text item-title">Client ${i}</span><span class="timestamp text-base-sm">{{list:-${ago}m}}</span></div>
<div data-test="room-topic-or-subtitle" class="item-subtitle">Job ${i}</div><div class="room-list-item-story">${mine ? 'You: ' : ''}Message ${i}</div></a>`,
    )
    .join('\n');
  return fillTimeTokens(
    `<!doctype html><html><head><meta charset="utf-8"><title>Messages | Upwork</title><link rel="icon" href="data:,"></head><body><div id="__nuxt">
<div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel-room-list rooms-panel-items">${html}</div></div></div></body></html>`,
    new Date(),
  );
}

/** Every awaiting room as the popup's row says it, and as the page's mark says it. */
async function bothSay(page: Page, popup: Page) {
  await popup.reload();
  await popup.waitForSelector('main.popup');
  const popupSays = await popup
    .locator('.rooms li[data-room-id]')
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-room-id'),
        e.getAttribute('data-reply-window'),
        e.querySelector('.room-left')!.textContent!.trim(),
      ]),
    );
  const pageSays = await page
    .locator('[data-reply-window]')
    .evaluateAll((els) =>
      els.map((e) => [
        /room_[0-9a-f]{32}/.exec(e.getAttribute('href') ?? '')?.[0] ?? null,
        e.getAttribute('data-reply-window'),
        e.getAttribute('data-reply-window-label'),
      ]),
    );
  const sort = (a: (string | null)[][]) => [...a].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  return { popupSays: sort(popupSays), pageSays: sort(pageSays) };
}

test('the page mark says what the popup’s row says, for every room, ≈ included', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await page.locator('[data-reply-window]').first().waitFor();
  const popup = await openPopup(context, extensionId);
  const { popupSays, pageSays } = await bothSay(page, popup);
  expect(pageSays.length).toBeGreaterThan(2);
  // Compared for the rows mounted on the page; polled, not timed: the two may be read either side of a minute.
  const mounted = new Set(pageSays.map((r) => r[0]));
  await expect
    .poll(async () => {
      const now = await bothSay(page, popup);
      return JSON.stringify(now.pageSays) === JSON.stringify(now.popupSays.filter((r) => mounted.has(r[0])));
    })
    .toBe(true);
  // Some starts are bounds (rows only read from the list), and their marks say so, as the popup does.
  expect(pageSays.some((r) => r[2]!.startsWith('≈ '))).toBe(true);
  // The words are the popup's countdown, not the time waited.
  expect(pageSays.map((r) => r[2]).join('\n')).toMatch(/left of the 2-hour window|window missed/);
  expect(popupSays.length).toBeGreaterThanOrEqual(pageSays.length);
});

test('a 1-hour best-practice window gives the same state on the page, the badge and the popup', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  // 90 minutes waiting: on time with the default 2 hours, late with 1 hour.
  servePage(
    inbox([
      [90, false],
      [300, true],
    ]),
  );
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  const row = page.locator(`a[href$="${id(0)}"]`);
  await expect(row).toHaveAttribute('data-reply-window', 'on-time');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText("Advanced: Upwork's reply windows").click(); // Upwork's own windows are under Advanced
  await options.getByLabel('Best practice (hours)').fill('1');
  await options.keyboard.press('Tab'); // leaving the field saves it
  await expect(options.getByRole('status').first()).toHaveText('Saved.');

  // The page hears the new lengths with its next acknowledgement: the next change it reads.
  await page.reload();
  await expect(row).toHaveAttribute('data-reply-window', 'late');
  await expect(row).toHaveAttribute('data-reply-window-label', /left of the 24-hour window$/);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
  await expect.poll(async () => (await readBadge(worker)).color).toBe(BADGE_COLOR.late);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator(`li[data-room-id="${id(0)}"]`)).toHaveAttribute('data-reply-window', 'late');
  await expect
    .poll(
      async () =>
        (await popup.locator(`li[data-room-id="${id(0)}"] .room-left`).textContent())?.trim() ===
        (await row.getAttribute('data-reply-window-label')),
    )
    .toBe(true);
});
