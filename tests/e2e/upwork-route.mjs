// Serves pages at the real Upwork address through Playwright's context.route,
// so the extension's content script runs with its production match patterns:
// /demo/<file> from tests/demo/, every Messages URL from the page we choose.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillTimeTokens } from '../demo/upwork-time-text.js';

const DEMO = fileURLToPath(new URL('../demo/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

/** A fixture's HTML with its time tokens filled relative to `now`. */
export const fixtureHtml = (name, now = new Date()) => fillTimeTokens(readFileSync(FIXTURES + name, 'utf8'), now);
export const demoHtml = () => readFileSync(DEMO + 'inbox.html', 'utf8');

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {() => string} page the HTML for any Messages URL; change what it returns to change the page
 * @returns {Promise<string[]>} the list of every other URL something asked for (should stay empty)
 */
export async function routeUpwork(context, page) {
  const unexpected = [];
  await context.route('https://www.upwork.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const demo = /^\/demo\/([\w.-]+)$/.exec(pathname);
    if (demo) {
      const ext = demo[1].split('.').pop();
      return route.fulfill({ contentType: TYPES[ext] ?? 'text/plain', body: readFileSync(DEMO + demo[1]) });
    }
    if (pathname.startsWith('/ab/messages/')) return route.fulfill({ contentType: 'text/html', body: page() });
    unexpected.push(route.request().url());
    return route.fulfill({ status: 404, body: '' });
  });
  return unexpected;
}
