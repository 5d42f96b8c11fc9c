// Starts Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no driver
// download), loads the built extension as a temporary add-on, and serves the fixtures
// and the demo inbox at Upwork's address, as tests/e2e/ does for Chromium.
import { AssertionError } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import puppeteer from 'puppeteer-core';
import { demoHtml } from '../e2e/upwork-route.mjs';
import { useNoonZone } from '../tools/noon-zone.mjs';

// About noon in Firefox's zone, whatever hour CI starts (tests/tools/noon-zone.mjs says why).
useNoonZone();

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The published Firefox build (npm run build:firefox). */
export const BUILD_DIR = resolve('.output/firefox-mv3');
export const ROOMS_URL = 'https://www.upwork.com/ab/messages/rooms/';
/** An Upwork page outside Messages: the content script reads nothing there; tests use it to reach the popup. */
const OTHER_UPWORK_URL = 'https://www.upwork.com/nx/find-work/';
const ADDON_ID = 'reply-window@reply-window.app';
// Fixed, so the test knows the popup's address (Firefox picks a random one per profile otherwise).
const ADDON_UUID = '6f1c2b8e-0d3a-4e7b-9a55-2e41c0ffee13';
export const POPUP_URL = `moz-extension://${ADDON_UUID}/popup.html`;
const STATS_URL = `moz-extension://${ADDON_UUID}/stats.html`;
const DEMO = resolve('tests/demo') + '/';
const TYPES = { js: 'text/javascript', css: 'text/css', html: 'text/html' };
/** Long waits, not timed assertions: the machine is shared and slow. */
export const WAIT = 120_000;

/**
 * A copy of the published build whose manifest also lets Upwork pages open its pages:
 * BiDi refuses to navigate to moz-extension://, but a page may navigate itself to a
 * web-accessible resource. The code is the published build's, byte for byte; the
 * published build itself is never touched.
 */
function testCopy() {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${BUILD_DIR}: run npm run build:firefox first.`);
  const dir = mkdtempSync(join(tmpdir(), 'reply-window-firefox-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['popup.html', 'stats.html'], matches: ['https://www.upwork.com/*'] }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** A fresh profile with the extension installed. `servePage` changes the HTML every Messages URL gets. */
export async function launchFirefox() {
  const extensionDir = testCopy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // The Chromium tests' size: the demo's list is virtualized, and this mounts every waiting row.
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  const close = async () => {
    await browser.close();
    rmSync(extensionDir, { recursive: true, force: true });
  };
  try {
    await browser.installExtension(extensionDir);
  } catch (err) {
    await close();
    throw err;
  }
  let page = demoHtml;

  /** A new tab whose requests to Upwork are answered from tests/. */
  async function newTab() {
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:') return req.continue();
      if (url.origin !== 'https://www.upwork.com') return req.abort();
      const demo = /^\/demo\/([\w.-]+)$/.exec(url.pathname);
      if (demo) {
        const ext = demo[1].split('.').pop();
        return req.respond({ status: 200, contentType: TYPES[ext] ?? 'text/plain', body: readFileSync(DEMO + demo[1], 'utf8') });
      }
      if (url.pathname.startsWith('/ab/messages/')) return req.respond({ status: 200, contentType: 'text/html', body: page() });
      if (req.url() === OTHER_UPWORK_URL) return req.respond({ status: 200, contentType: 'text/html', body: '<title>Find work</title>' });
      return req.respond({ status: 404, body: '' });
    });
    return tab;
  }

  /**
   * Opens the popup in a new tab (which hides the tab that was in front: the content
   * script reads only a visible page, so open it before the Upwork tabs). The popup
   * follows the background's changes while open.
   */
  const openPopup = () => openPage(POPUP_URL, 'main.popup');

  /** Opens one of the extension's pages in a new tab, once `ready` is on it. */
  async function openPage(url, ready) {
    const tab = await newTab();
    await tab.goto(OTHER_UPWORK_URL);
    await tab.evaluate((to) => location.assign(to), url);
    await until(tab, (sel) => location.protocol === 'moz-extension:' && !!document.querySelector(sel), ready);
    return tab;
  }

  return {
    browser,
    newTab,
    openPopup,
    openStats: () => openPage(STATS_URL, 'main.stats-page'),
    servePage: (html) => (page = typeof html === 'string' ? () => html : html),
    close,
  };
}

/**
 * Calls `read` (which asks the browser something) until its answer deep-equals `expected`,
 * like Playwright's expect.poll; fails with the last answer after WAIT. Errors count as
 * "not yet": a navigation to moz-extension:// is invisible to puppeteer's navigation
 * events, so the old document may still answer the first calls.
 */
export async function eventually(read, expected, what = String(read)) {
  const end = Date.now() + WAIT;
  let last;
  for (;;) {
    try {
      last = await read();
      if (isDeepStrictEqual(last, expected)) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      throw new AssertionError({
        message: `${what}: still ${JSON.stringify(last?.message ?? last)} after ${WAIT / 1000} s`,
        actual: last,
        expected,
      });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `fn` evaluated in the tab returns true. */
export const until = (tab, fn, arg) => eventually(() => tab.evaluate(fn, arg), true, String(fn));

/**
 * Reloads the add-on from one of its pages, as an update does: the event page and all
 * its globals go, and Firefox closes the add-on's tabs. Waits until that tab is gone.
 */
export async function reloadAddon(extensionTab) {
  await extensionTab.evaluate(() => void setTimeout(() => browser.runtime.reload(), 50));
  const gone = () => extensionTab.evaluate(() => 'still open').catch((err) => (/no such frame/i.test(err.message) ? 'gone' : err.message));
  await eventually(gone, 'gone', 'the add-on closed its tab');
}

/** What the toolbar badge shows, read through an extension page (the popup tab). */
export const readBadge = (popup) =>
  popup.evaluate(async () => {
    const text = await browser.action.getBadgeText({});
    const [r, g, b] = await browser.action.getBadgeBackgroundColor({});
    return { text, color: '#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('') };
  });

/** Opens the demo inbox (tests/demo/) once the extension has marked it. */
export async function openDemo(ff) {
  const tab = await ff.newTab();
  await tab.goto(ROOMS_URL);
  await tab.waitForSelector('html[data-demo-ready]', { timeout: WAIT });
  await tab.waitForSelector('[data-reply-window]', { timeout: WAIT });
  return tab;
}

/** Each mounted room row's mark, by room id: its state and label, or null when unmarked. */
export const marksOf = (tab) =>
  tab.$$eval('a[href*="/rooms/"]', (rows) =>
    Object.fromEntries(
      rows.map((a) => [
        a.getAttribute('href').match(/room_[0-9a-f]{32}/)?.[0],
        a.hasAttribute('data-reply-window')
          ? `${a.getAttribute('data-reply-window')} | ${a.getAttribute('data-reply-window-label')}`
          : null,
      ]),
    ),
  );

/** What an open popup says about the last read, and its rows in order: room id and state. */
export const popupState = (popup) =>
  popup.evaluate(() => ({
    readAt: document.querySelector('[data-testid="read-at"]')?.textContent,
    rows: [...document.querySelectorAll('.rooms li[data-room-id]')].map((e) => [
      e.getAttribute('data-room-id'),
      e.getAttribute('data-reply-window'),
    ]),
  }));
