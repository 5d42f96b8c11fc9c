// What every part of the benchmark shares: run counts, the in-page bundle of our reader and store,
// the figures recorded so far, and Chromium contexts with and without the extension.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.mjs';
import { fmt, summary } from './stats.mjs';

export const URL_ROOMS = 'https://www.upwork.com/ab/messages/rooms/';
export const QUICK = process.argv.includes('--quick');
export const RUNS = QUICK ? 5 : 15;
// --only=reader,page,busy-page,popup,worker,round-trip,size runs some sections, for measuring one change quickly.
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
export const runs = (section) => !ONLY || ONLY.includes(section);
export const bundle = (
  await build({
    entryPoints: ['tests/perf/bench-entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': resolve('.') },
  })
).outputFiles[0].text;

export const rows = [];
/** What is not a figure but goes with them into bench/results.json (the top self-time functions). */
export const notes = [];
/** Records one figure: values in ms (or bytes), the target as a predicate on the figure that matters. */
export function record(figure, cpu, values, target, check, unit = 'ms') {
  const s = Array.isArray(values) ? summary(values) : { median: values, p95: values, runs: 1 };
  rows.push({ figure, cpu, ...s, unit, target, met: check ? check(s) : null });
  console.log(`  ${figure} @${cpu}x: median ${fmt(s.median)} ${unit}, p95 ${fmt(s.p95)} ${unit}`);
}

export async function plainContext() {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return context;
}
export async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  // Not at 1x: the throttling machinery itself, even at rate 1, triples the main-thread time of an idle page here.
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  return cdp;
}
export const taskMs = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
export const LONGTASKS = `window.__longtasks = []; new PerformanceObserver((l) => window.__longtasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });`;
