// Issue 14, part 1 end to end: the proposals page and an invitation's page,
// served at Upwork's address, through the real content script, worker, badge and popup.
import type { BrowserContext } from '@playwright/test';
import { BADGE_COLOR } from '@/utils/rules/badge';
import { expect, fixtureHtml, openPopup, readBadge, ROOMS_URL, test } from './test';

const PROPOSALS_URL = 'https://www.upwork.com/nx/proposals/';
const BAKERY = '1860000000000000001'; // received today: on time, day-only date (≈)
const CHECKOUT = '1860000000000000002'; // received yesterday: over a day, overdue

/** Serves the proposals page (the chosen fixture) and every invitation's page at Upwork's address. */
async function serveProposals(context: BrowserContext, list: () => string) {
  await context.route('https://www.upwork.com/nx/proposals/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const body = pathname.startsWith('/nx/proposals/interview/uid/') ? fixtureHtml('pages/invitation-2026.html') : list();
    return route.fulfill({ contentType: 'text/html', body });
  });
}
const badge = (worker: Parameters<typeof readBadge>[0]) => async () => (await readBadge(worker)).text;

test('an invitation seen on the proposals page is on the badge and in the popup; declining it stops the wait', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(120_000);
  let list = 'pages/proposals-2026.html';
  await serveProposals(context, () => fixtureHtml(list));
  servePage(fixtureHtml('pages/empty-inbox.html'));
  const page = await context.newPage();
  await page.goto(ROOMS_URL); // Messages read once: nothing waiting there
  await expect.poll(badge(worker)).toBe('');

  await page.goto(PROPOSALS_URL);
  await expect.poll(badge(worker)).toBe('3');
  expect((await readBadge(worker)).color).toBe(BADGE_COLOR.overdue);

  const popup = await openPopup(context, extensionId);
  const group = popup.getByTestId('invitations');
  await expect(group.getByRole('heading', { name: 'Invitations' })).toBeVisible();
  const rows = group.locator('li[data-invitation-id]');
  await expect(rows).toHaveCount(3);
  // Soonest deadline first: yesterday's invitation, already past its day, on top.
  const deadlines = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-deadline'))));
  expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  await expect(rows.first()).toHaveAttribute('data-invitation-id', CHECKOUT);
  const bakery = group.locator(`li[data-invitation-id="${BAKERY}"]`);
  await expect(bakery).toHaveAttribute('data-reply-window', 'on-time');
  await expect(bakery.locator('.room-left')).toHaveText(/^≈ \d+ h( \d+ m)? left of the 24-hour window$/);
  await expect(group.locator(`li[data-invitation-id="${CHECKOUT}"] .room-left`)).toHaveText(/^≈ 24-hour window missed /);
  // Page text stays text.
  await expect(group.locator('li[data-invitation-id="1860000000000000003"] .room-title')).toHaveText(
    '<img src=x onerror=alert(1)> landing page',
  );

  // Clicking a row opens the invitation, in the proposals tab.
  await bakery.locator('.room-open').click();
  await page.waitForURL(`**/nx/proposals/interview/uid/${BAKERY}`);
  // The user declines: Upwork asks why, then the dialog's own Decline declines.
  await page.getByRole('button', { name: 'Decline' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Decline' }).click();
  await expect(page.locator('#outcome')).toHaveText('You declined this invitation.');
  await expect.poll(badge(worker)).toBe('2');

  const after = await openPopup(context, extensionId);
  await expect(after.locator('li[data-invitation-id]')).toHaveCount(2);
  await expect(after.locator(`li[data-invitation-id="${BAKERY}"]`)).toHaveCount(0);

  // Back on the proposals page, a layout we do not know: said so, and the invitations known are kept.
  list = 'pages/proposals-unknown.html';
  await page.goto(PROPOSALS_URL);
  const notice = after.locator('[data-state="proposals-unrecognised"]');
  await expect(notice).toContainText('Proposals page not recognised (the invitations section)', { timeout: 30_000 });
  await expect(after.locator('li[data-invitation-id]')).toHaveCount(2);
  expect(await badge(worker)()).toBe('2');
});

test('the stats count a declined invitation as answered within a day, and point to the "< 24 hours" label', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(120_000);
  // The proposals page as first read, then with yesterday's invitation no longer listed (withdrawn, or answered elsewhere).
  // (The heading's count follows: a list shorter than its count is read as partial and ends nothing.)
  const withoutCheckout = () =>
    fixtureHtml('pages/proposals-2026.html')
      .replace(new RegExp(`<tr class="details-row">(?:(?!</tr>)[\\s\\S])*${CHECKOUT}[\\s\\S]*?</tr>`), '')
      .replace('Invites from clients (3)', 'Invites from clients (2)');
  let list = () => fixtureHtml('pages/proposals-2026.html');
  await serveProposals(context, () => list());

  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  const section = stats.getByTestId('invitation-rate');
  // No invitation known yet: said in one line, and shown even though there is no reply either.
  await expect(stats.locator('[data-state="no-replies"]')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Invitations' })).toBeVisible();
  await expect(section.locator('[data-state="no-invitations"]')).toContainText('once you visit your proposals page');

  servePage(fixtureHtml('pages/empty-inbox.html'));
  const page = await context.newPage();
  await page.goto(ROOMS_URL); // Messages read once, so the badge counts
  await expect.poll(badge(worker)).toBe('');
  await page.goto(PROPOSALS_URL);
  await expect.poll(badge(worker)).toBe('3');
  await page.goto(`${PROPOSALS_URL}interview/uid/${BAKERY}`);
  await page.getByRole('button', { name: 'Decline' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Decline' }).click();
  await expect.poll(badge(worker)).toBe('2');

  // Declined the same day; yesterday's, still waiting after a day, counts as not answered within it.
  await stats.reload();
  await expect(section.locator('[data-figure="within-day"]')).toHaveText('Answered within a day: ≈ 50% (1 of 2) in the last 90 days');
  await expect(section.locator('[data-figure="pending"]')).toHaveText('1 still within its first day');
  await expect(section).toHaveAttribute('data-band', '< 3 days');

  list = withoutCheckout;
  await page.goto(PROPOSALS_URL);
  await expect.poll(badge(worker)).toBe('1');
  await stats.reload();
  await expect(section.locator('[data-figure="within-day"]')).toHaveText('Answered within a day: ≈ 100% (1 of 1) in the last 90 days');
  await expect(section.locator('[data-figure="gone"]')).toHaveText(
    '1 left the list unanswered here (withdrawn or answered elsewhere): not counted',
  );
  await expect(section).toHaveAttribute('data-band', '< 24 hours');
  const current = section.locator('li[data-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-band', '< 24 hours');
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveText('< 24 hours: most invitations answered within the first day ← you');
});
