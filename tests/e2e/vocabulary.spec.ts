// Issue 21, "one vocabulary": no placeholder or code word ({by}, {job}, …) reaches the user in
// the popup (its ⋯ panels and the reply menu open), the options page's labels, or the stats.
import type { Page } from '@playwright/test';
import { expect, openPopup, ROOMS_URL, test } from './test';

const PLACEHOLDER = /\{[\w-]+\}/g;

/** Every text the user may read or hear: what is drawn, and the names and tooltips given to controls. */
const seen = (page: Page, selector = 'body') =>
  page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll<HTMLElement>(sel)) {
      out.push(root.innerText);
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        for (const a of ['aria-label', 'title', 'placeholder', 'aria-description']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
      }
    }
    return out.join('\n');
  }, selector);

test('no {word} reaches the user: popup with ⋯, Snooze ▸, More ▸ and Reply with… open; options labels; stats', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('[data-reply-window]').first().waitFor();
  const popup = await openPopup(context, extensionId);
  const row = popup.locator('.rooms li[data-room-id]').first();
  await row.locator('.room-more').click();
  await row.getByRole('button', { name: 'Snooze ▸' }).click();
  await row.getByRole('button', { name: 'More ▸' }).click();
  await row.getByRole('button', { name: /^Reply to .* with a template$/ }).click();
  await expect(row.locator('.reply-menu')).toBeVisible();
  const popupText = await seen(popup);
  expect(popupText).toContain('Back to you by');
  expect(popupText.match(PLACEHOLDER)).toBeNull();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('form').first().waitFor();
  // Labels, legends, headings and buttons: what names a setting (a template's own text may hold its placeholders).
  expect((await seen(options, 'label, legend, h1, h2, h3, button, summary')).match(PLACEHOLDER)).toBeNull();

  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  await stats.locator('main').first().waitFor();
  expect((await seen(stats)).match(PLACEHOLDER)).toBeNull();
});
