// The popup, the options page and the stats page pass axe-core with no serious or
// critical violations, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildPage, roomId } from './build-page';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, options and stats pass axe in ${scheme} mode`, async ({ context, worker, extensionId, servePage }) => {
    servePage(
      buildPage([
        { id: roomId(1), name: 'Ana Lima', title: 'Logo', lastBy: 'client', ago: '-3h' },
        { id: roomId(2), name: 'Ben Ode', title: 'Shop', lastBy: 'client', ago: '-20m' },
        { id: roomId(3), name: 'Cy Ray', title: 'App', lastBy: 'client', ago: '-2d' },
      ]),
    );
    const upwork = await context.newPage();
    await upwork.goto(ROOMS_URL);
    await expect.poll(async () => (await readBadge(worker)).text).toBe('3');

    const popup = await openPopup(context, extensionId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('.room-more').first().click(); // the actions too, with Snooze ▸ and More ▸ open
    await popup.getByRole('button', { name: 'Snooze ▸' }).first().click();
    await popup.getByRole('button', { name: 'More ▸' }).first().click();
    expect(await seriousViolations(popup)).toEqual([]);
    // A room tagged Direct Messages: its row says so here, and the stats list it with a button.
    await popup.getByLabel("Direct Messages (not counted in Upwork's response time)").first().check();
    await expect(popup.getByTestId('room-direct')).toHaveCount(1);
    expect(await seriousViolations(popup)).toEqual([]);

    for (const name of ['options', 'stats']) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await page.locator('h1').waitFor();
      if (name === 'stats') await page.getByTestId('direct-left-out').waitFor();
      expect([name, await seriousViolations(page)]).toEqual([name, []]);
    }
  });
}
