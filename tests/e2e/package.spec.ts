// What we ship: the exact permissions (adding one must be a visible decision),
// no remote code, the Firefox declarations, and the size budgets (bytes do not
// vary from run to run, so they are a test; speed is measured by npm run bench).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { backgroundBytes, PAGE_KINDS, pageBytes, popupBytes } from '../perf/sizes.mjs';

const manifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

test('the permissions are exactly these, on Chrome and Firefox', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const m = manifest(target);
    expect({ target, permissions: m.permissions, host: m.host_permissions, optional: m.optional_permissions ?? [] }).toEqual({
      target,
      permissions: ['alarms', 'idle', 'notifications', 'storage'],
      host: ['https://www.upwork.com/*'],
      optional: [],
    });
    // Upwork only, one script for every Upwork page (it routes by page kind, so shared code loads once).
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches.join())).toEqual(['https://www.upwork.com/*']);
  }
});

test('no remote code: no CSP loosening, no remote script, nothing on localhost', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const text = readFileSync(`.output/${target}/manifest.json`, 'utf8');
    expect(manifest(target).content_security_policy).toBeUndefined(); // MV3's default: script-src 'self'
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    for (const page of ['popup.html', 'options.html', 'stats.html']) {
      expect(readFileSync(`.output/${target}/${page}`, 'utf8')).not.toMatch(/<script[^>]+src="https?:/);
    }
  }
});

test('Firefox: a gecko id, nothing collected, and an event-page background', () => {
  const m = manifest('firefox-mv3');
  expect(m.manifest_version).toBe(3);
  expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(m.background).toEqual({ scripts: ['background.js'] });
  expect(manifest('chrome-mv3').background).toEqual({ service_worker: 'background.js' });
});

// Budgets of issue 22: what a page of each kind loads (every content script whose matches cover it,
// JS and CSS), the popup's entry files (JS and CSS), and the worker. Counted by tests/perf/sizes.mjs,
// the same code as the benchmark's figures.
// Issue 22's goals are 15 kB per Upwork page kind, 25 kB for the popup's entry files and 20 kB for the
// worker. All three are missed as merged (docs/performance.md, "Size budgets", says by what and why): an
// Upwork page loads 19.2 kB, the popup 26.3 kB (its first frame's checks), the worker 23.4 kB
// (webextension-polyfill, the project's stack, is 3 kB of it). The test holds the line there, rounded up
// to the next 0.5 kB, so that nothing grows unnoticed.
const CEILING = { page: 19.5 * 1024, popup: 26.5 * 1024, worker: 23.5 * 1024 };

test('size ceilings, gzipped: every Upwork page kind within 19.5 kB, the popup entry within 26.5 kB, the worker within 23.5 kB', () => {
  const dir = '.output/chrome-mv3';
  const pages = Object.fromEntries(Object.entries(PAGE_KINDS).map(([kind, url]) => [kind, pageBytes(dir, url)]));
  const popup = popupBytes(dir);
  console.log('gzipped bytes:', { ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v.bytes])), popup: popup.bytes });
  // The page kinds each load something, and the popup both its script and its style sheet.
  for (const page of Object.values(pages)) expect(page.files).toContain('content-scripts/upwork.js');
  expect(popup.files.some((f) => f.endsWith('.css'))).toBe(true);
  for (const [kind, page] of Object.entries(pages)) expect(page.bytes, kind).toBeLessThanOrEqual(CEILING.page);
  expect(popup.bytes).toBeLessThanOrEqual(CEILING.popup);
  expect(backgroundBytes(dir)).toBeLessThanOrEqual(CEILING.worker);
});

test("the page report's code loads only when the user asks for a report: not on Upwork pages, not in the popup's first load", () => {
  const dir = '.output/chrome-mv3';
  const files = [...pageBytes(dir, PAGE_KINDS.messages).files, ...popupBytes(dir).files].filter((f) => f.endsWith('.js'));
  // The report's format name is written by utils/report/report.ts alone, into every report.
  for (const file of files) expect(readFileSync(`${dir}/${file}`, 'utf8'), file).not.toContain('reply-window-page-report/');
  expect(readdirSync(`${dir}/chunks`).some((f) => readFileSync(`${dir}/chunks/${f}`, 'utf8').includes('reply-window-page-report/'))).toBe(
    true,
  );
});
