// Issue 19 end to end: Upwork read as the 2026 evidence shows it, through the real content scripts,
// worker, badge and popup. Fixtures: tests/fixtures/pages/proposals-2026-parts.html,
// room-no-list-2026.html, room-list-unreadable.html, layout-2026-08.html.
import type { Page } from '@playwright/test';
import { buildPage, roomId } from './build-page';
import { readStore } from './db-read';
import { expect, fixtureHtml, openPopup, readBadge, ROOMS_URL, test } from './test';

const badge = (worker: Parameters<typeof readBadge>[0]) => async () => (await readBadge(worker)).text;
const NORA = roomId(0xa1); // the open room of room-no-list-2026.html and room-list-unreadable.html
const OMAR = roomId(0xb2);
/** Both rooms waiting, read from a whole room list. */
const bothWaiting = () =>
  buildPage([
    { id: NORA, name: 'Nora Field', title: 'Data pipeline', lastBy: 'client', ago: '-2h' },
    { id: OMAR, name: 'Omar Haddad', title: 'Mobile app QA', lastBy: 'client', ago: '-3h' },
  ]);
const pageStatus = async (popup: Page) => (await readStore<{ checkedAt: number }>(popup, 'meta')).find((m) => 'checkedAt' in m);

test('a proposals page whose time cells are in three parts: the invitations are listed with their 24-hour countdowns, and the profile column is nowhere a client', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  await context.route('https://www.upwork.com/nx/proposals/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixtureHtml('pages/proposals-2026-parts.html') }),
  );
  servePage(fixtureHtml('pages/empty-inbox.html'));
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(badge(worker)).toBe('');
  await page.goto('https://www.upwork.com/nx/proposals/');
  await expect.poll(badge(worker)).toBe('3');

  const popup = await openPopup(context, extensionId);
  const group = popup.getByTestId('invitations');
  const rows = group.locator('li[data-invitation-id]');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row.locator('.room-left')).toHaveText(/24-hour window/);
  // Named by the job title: the page shows no client.
  await expect(group.locator('li[data-invitation-id="1860000000000000012"] .room-name')).toHaveText('Fix a WooCommerce checkout');
  await expect(popup.locator('body')).not.toContainText('General Profile');
  await expect(popup.locator('body')).not.toContainText('Bright Pixel');
  // The row whose parts contradict each other is said, not stored.
  await expect(group.locator('[data-state="proposals-partial"]')).toBeVisible();
  await expect(group.locator('li[data-invitation-id="1860000000000000014"]')).toHaveCount(0);
});

test('a Messages page whose room list never renders: a reply in the open room ends its wait, the other rooms keep theirs, and the popup says the list was not seen', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  servePage(bothWaiting());
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(badge(worker)).toBe('2');

  servePage(fixtureHtml('pages/room-no-list-2026.html'));
  await page.goto(`${ROOMS_URL}${NORA}`);
  await expect.poll(badge(worker)).toBe('1');
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(1);
  await expect(popup.locator(`.rooms li[data-room-id="${OMAR}"]`)).toHaveCount(1);
  await expect(popup.locator('[data-state="list-unseen"]')).toContainText('The room list was not on the page');
});

test('a room list that cannot be read with a room open: "?" on the badge, the notice in the popup, and the count kept', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(90_000);
  servePage(bothWaiting());
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(badge(worker)).toBe('2');

  servePage(fixtureHtml('pages/room-list-unreadable.html'));
  await page.goto(`${ROOMS_URL}${NORA}`);
  // The conversation's reply still ends Nora's wait; Omar's, unseen, is kept; the badge says it cannot see.
  await expect.poll(badge(worker), { timeout: 30_000 }).toBe('1?');
  const popup = await openPopup(context, extensionId);
  const notice = popup.locator('[data-state="layout-unrecognised"]');
  await expect(notice).toContainText('times written in a format it does not know');
  await expect(popup.locator(`.rooms li[data-room-id="${OMAR}"]`)).toHaveCount(1);

  // A later change in the conversation is read again, and the list is still not taken as read.
  const before = (await pageStatus(popup))!.checkedAt;
  await page.evaluate(() => {
    const list = document.querySelector('.story-list')!;
    list.append(list.lastElementChild!.cloneNode(true));
  });
  await expect.poll(async () => (await pageStatus(popup))!.checkedAt, { timeout: 30_000 }).toBeGreaterThan(before);
  expect(await badge(worker)()).toBe('1?');
});

test('the 2026-08 layout: the sidebar link to a room adds no row', async ({ context, worker, extensionId, servePage }) => {
  servePage(fixtureHtml('pages/layout-2026-08.html'));
  const page = await context.newPage();
  await page.goto(`${ROOMS_URL}room_000000000000000000000000000000f1`);
  await expect(page.locator('a[data-test="room-list-item"][data-reply-window]').first()).toBeVisible();
  await expect.poll(badge(worker)).toBe('1');
  const sidebar = page.locator('.ng-sidebar-layout-wrapper a[href*="room_000000000000000000000000000000f9"]');
  await expect(sidebar).not.toHaveAttribute('data-reply-window', /.*/);

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(1);
  await expect(popup.locator('[data-state="layout-unrecognised"], [data-state="list-unseen"]')).toHaveCount(0);
  const threads = await readStore<{ roomId: string }>(popup, 'threads');
  expect(threads.map((t) => t.roomId).sort()).toEqual(['f1', 'f2', 'f3', 'f4'].map((t) => `room_${t.padStart(32, '0')}`));
});
