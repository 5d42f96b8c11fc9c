// A second locale proves every string comes from _locales: the whole UI in Spanish.
import { expect, test } from '@playwright/test';
import { launchWithExtension, readBadge } from './launch.mjs';
import { demoHtml, routeUpwork } from './upwork-route.mjs';

test('in a Spanish browser the popup, the page marks and the badge speak Spanish', async () => {
  const { context, worker, extensionId, cleanup } = await launchWithExtension({ lang: 'es' });
  try {
    await routeUpwork(context, demoHtml);
    const page = await context.newPage();
    await page.goto('https://www.upwork.com/ab/messages/rooms/');
    await page.locator('[data-reply-window]').first().waitFor();
    expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
    await expect(page.locator('[data-reply-window="late"]').first()).toHaveAttribute(
      'data-reply-window-label',
      /quedan .+ del plazo de 24 horas$/,
    );
    // The short label drawn on the row speaks Spanish too.
    await expect(page.locator('[data-reply-window="overdue"]').first()).toHaveAttribute('data-reply-window-short', 'Vencido');
    await expect.poll(async () => (await readBadge(worker)).text).toMatch(/^\d+$/);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/clientes esperan respuesta/);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-count')).toContainText('por responder');
    await expect(popup.locator('.rooms .room-left').first()).toContainText(/plazo/);
    await expect(popup.getByTestId('read-at')).toHaveText(/^Upwork leído /);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('h1')).toHaveText('Ajustes de Reply Window');
  } finally {
    await cleanup();
  }
});
