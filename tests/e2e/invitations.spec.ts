// Issue 14, part 1 end to end: the proposals page and an invitation's page,
// served at Upwork's address, through the real content script, worker, badge and popup.
import type { BrowserContext } from '@playwright/test';
import { BADGE_COLOR } from '@/utils/rules/badge';
import { expect, fixtureHtml, openPopup, readBadge, ROOMS_URL, test } from './test';

const PROPOSALS_URL = 'https://www.upwork.com/nx/proposals/';
const BAKERY = '1860000000000000001'; // received today: on time, day-only date (≈)
const CHECKOUT = '1860000000000000002'; // received yesterday: over a day, overdue
const LANDING = '1860000000000000003'; // received 3 hours ago

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
  // The one to answer next is still in its day: on time's colour, not the missed checkout's.
  expect((await readBadge(worker)).color).toBe(BADGE_COLOR['on-time']);

  const popup = await openPopup(context, extensionId);
  const group = popup.getByTestId('invitations');
  await expect(group.getByRole('heading', { name: 'Invitations' })).toBeVisible();
  const rows = group.locator('li[data-invitation-id]');
  await expect(rows).toHaveCount(3);
  // In the order to answer them: those still in their day first, soonest deadline first; yesterday's,
  // already past its day, last.
  const deadlines = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-deadline'))));
  expect(deadlines.slice(0, 2)).toEqual([...deadlines.slice(0, 2)].sort((a, b) => a - b));
  await expect(rows.last()).toHaveAttribute('data-invitation-id', CHECKOUT);
  const bakery = group.locator(`li[data-invitation-id="${BAKERY}"]`);
  await expect(bakery).toHaveAttribute('data-reply-window', 'on-time');
  await expect(bakery.locator('.room-left')).toHaveText(/^≈ \d+ h( \d+ m)? left of the 24-hour window$/);
  await expect(group.locator(`li[data-invitation-id="${CHECKOUT}"] .room-left`)).toHaveText(/^≈ 24-hour window missed /);
  // Page text stays text.
  await expect(group.locator('li[data-invitation-id="1860000000000000003"] .room-name')).toHaveText(
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

test('the stats count a declined invitation as answered within a day, one ignored past its day as a miss, one withdrawn in its first day not at all, and mark the label they point to', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(120_000);
  // The proposals page as first read, then with the 3-hour-old invitation no longer listed (withdrawn, or answered elsewhere).
  // (The heading's count follows: a list shorter than its count is read as partial and ends nothing.)
  const withoutLanding = () =>
    fixtureHtml('pages/proposals-2026.html')
      .replace(new RegExp(`<tr class="details-row">(?:(?!</tr>)[\\s\\S])*${LANDING}[\\s\\S]*?</tr>`), '')
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
  // Half is not most; within 3 days, the one declined is all that is known.
  await expect(section).toHaveAttribute('data-band', '< 3 days');

  // The 3-hour-old one leaves the list in its first day: withdrawn or answered elsewhere, it is not counted.
  list = withoutLanding;
  await page.goto(PROPOSALS_URL);
  await expect.poll(badge(worker)).toBe('1!'); // only the missed one is left: the badge says so without colour
  await stats.reload();
  await expect(section.locator('[data-figure="within-day"]')).toHaveText('Answered within a day: ≈ 50% (1 of 2) in the last 90 days');
  await expect(section.locator('[data-figure="gone"]')).toHaveText(
    '1 withdrawn or gone from the list before its first day was out: not counted (Upwork does not count one withdrawn within a day)',
  );
  await expect(section.locator('[data-figure="pending"]')).toHaveCount(0);
  const current = section.locator('li[data-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-band', '< 3 days');
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveText(/^< 3 days: .* ← you$/);
});
