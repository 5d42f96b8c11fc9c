// Playwright fixtures: a fresh Chromium profile with the built extension, its
// service worker, and Upwork's address served from our fixtures or demo inbox.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, readBadge } from './launch.mjs';
import { demoHtml, fixtureHtml, routeUpwork } from './upwork-route.mjs';

interface Extension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serves this HTML for every Upwork Messages URL from now on. */
  servePage: (html: string | (() => string)) => void;
  /** Requests to Upwork that our routes did not expect. */
  unexpected: string[];
}

export const test = base.extend<Extension & { extension: Extension }>({
  extension: async ({}, use) => {
    const { context, worker, extensionId, cleanup } = await launchWithExtension();
    let page: () => string = demoHtml;
    const unexpected = await routeUpwork(context, () => page());
    const servePage = (html: string | (() => string)) => {
      page = typeof html === 'string' ? () => html : html;
    };
    await use({ context, worker, extensionId, servePage, unexpected });
    await cleanup();
  },
  context: async ({ extension }, use) => use(extension.context),
  worker: async ({ extension }, use) => use(extension.worker),
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  servePage: async ({ extension }, use) => use(extension.servePage),
  unexpected: async ({ extension }, use) => use(extension.unexpected),
});

export { expect, fixtureHtml, demoHtml, readBadge };

export const ROOMS_URL = 'https://www.upwork.com/ab/messages/rooms/';

/** Opens the popup as a page and waits for it to render. */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForSelector('main.popup');
  return popup;
}

/** Stops every service worker, as Chrome does after 30 s idle (CDP ServiceWorker.stopAllWorkers). */
export async function killServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
