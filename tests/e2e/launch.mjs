// Starts Chromium with the built extension loaded, in a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * @param {{ headless?: boolean, profile?: string, viewport?: { width: number, height: number } | null, lang?: string, dir?: string }} [opts]
 * `dir` loads another build of the extension (the benchmark's copy with an empty page added).
 */
export async function launchWithExtension(opts = {}) {
  const dir = opts.dir ?? EXTENSION_DIR;
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'reply-window-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
    // Chromium on Linux takes its UI language from the environment.
    ...(opts.lang && { env: { ...process.env, LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` }, locale: opts.lang }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cleanup = async () => {
    await context.close();
    if (!opts.profile) rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, profile, cleanup };
}

/** What the toolbar badge shows, read from the service worker. */
export async function readBadge(worker) {
  return worker.evaluate(async () => {
    const text = await chrome.action.getBadgeText({});
    const [r, g, b] = await chrome.action.getBadgeBackgroundColor({});
    const hex = '#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('');
    return { text, color: hex };
  });
}
