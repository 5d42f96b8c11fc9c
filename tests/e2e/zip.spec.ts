// npm run zip yields what the stores take: a Chrome package, a Firefox package, and the sources archive for Mozilla's review.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';

test('npm run zip: Chrome and Firefox packages and a sources archive that can rebuild them', async () => {
  test.setTimeout(120_000);
  execFileSync('npm', ['run', 'zip'], { stdio: 'pipe' });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const list = async (zip: string) =>
    Object.keys((await JSZip.loadAsync(readFileSync(`.output/reply-window-${version}-${zip}.zip`))).files);
  for (const target of ['chrome', 'firefox']) {
    expect(existsSync(`.output/reply-window-${version}-${target}.zip`)).toBe(true);
    const files = await list(target);
    expect(files).toContain('manifest.json');
    expect(files).toContain('background.js');
    expect(files).toContain('content-scripts/upwork.js');
    expect(files.some((f) => f.endsWith('.map') || f.startsWith('tests/'))).toBe(false);
  }
  const sources = await list('sources');
  for (const f of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'README.md',
    'utils/rules/threads.ts',
    'entrypoints/background/index.ts',
  ])
    expect(sources).toContain(f);
  expect(sources.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/') || f.startsWith('tests/artifacts/'))).toBe(false);
});
