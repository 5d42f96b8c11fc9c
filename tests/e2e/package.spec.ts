// What we ship: the exact permissions (adding one must be a visible decision),
// no remote code, the Firefox declarations, and the size budgets (bytes do not
// vary from run to run, so they are a test; speed is measured by npm run bench).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

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
    // Upwork only: the Messages script everywhere on Upwork, the invitations script on its /nx/ app.
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches.join()).sort()).toEqual([
      'https://www.upwork.com/*',
      'https://www.upwork.com/nx/*',
    ]);
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

/** gzipped bytes of a script and of every chunk it imports, transitively. */
function gzipped(dir: string, entries: string[]): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) visit(`${file.slice(0, file.lastIndexOf('/') + 1)}${m[1]}`);
  };
  entries.forEach(visit);
  return [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
}

test('size budgets, gzipped: content script 16 kB, popup 25 kB, background 20 kB', () => {
  const dir = '.output/chrome-mv3';
  const popupScripts = [...readFileSync(`${dir}/popup.html`, 'utf8').matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]);
  expect(popupScripts.length).toBeGreaterThan(0);
  const sizes = {
    content: gzipped(dir, ['content-scripts/upwork.js']),
    proposals: gzipped(dir, ['content-scripts/proposals.js']),
    popup: gzipped(dir, popupScripts),
    background: gzipped(dir, ['background.js']),
  };
  console.log('gzipped bytes:', sizes);
  // 15 kB until this round; the in-page holding-reply menu (issue 15) and zoned clocks (issue 11) took it to 15.1 kB.
  expect(sizes.content).toBeLessThanOrEqual(16 * 1024);
  expect(sizes.proposals).toBeLessThanOrEqual(15 * 1024);
  expect(sizes.popup).toBeLessThanOrEqual(25 * 1024);
  expect(sizes.background).toBeLessThanOrEqual(20 * 1024);
});
