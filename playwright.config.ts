import { defineConfig } from '@playwright/test';
import { useNoonZone } from './tests/tools/noon-zone.mjs';

// About noon in the browsers' zone, whatever hour CI starts (tests/tools/noon-zone.mjs says why).
useNoonZone();

// The end-to-end suite runs the built extension (.output/chrome-mv3) in
// Debian's Chromium; `npm test` builds it first.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One at a time: the zip test rebuilds .output, and CI has two cores.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
});
