// The content script's figures: reading room lists, a batch of page changes, a scripted session with
// and without the extension, message-to-badge latency, and the heap it adds.
import { launchWithExtension, readBadge } from '../e2e/launch.mjs';
import { demoHtml, routeUpwork } from '../e2e/upwork-route.mjs';
import { roomListPage } from './pages.mjs';
import { bundle, LONGTASKS, plainContext, QUICK, record, RUNS, taskMs, throttle, URL_ROOMS } from './harness.mjs';

export async function readerFigures(cpu) {
  const context = await plainContext();
  for (const n of [20, 500, 5000]) {
    const html = roomListPage(n);
    await routeUpwork(context, () => html);
    const page = await context.newPage();
    await page.goto(URL_ROOMS);
    await throttle(page, cpu);
    await page.evaluate(bundle);
    const times = [];
    // One more run than counted: the first read is the cold one (code not yet compiled), shown apart.
    for (let i = 0; i <= (n === 5000 ? Math.min(RUNS, 7) : RUNS); i++) {
      times.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          globalThis.__bench.readPage(document, location.href, Date.now(), null);
          return performance.now() - t0;
        }),
      );
    }
    const target = n === 500 ? '≤ 5 ms (p95)' : n === 5000 ? 'no long task (≤ 50 ms)' : '–';
    const check = n === 500 ? (s) => s.p95 <= 5 : n === 5000 ? (s) => s.p95 <= 50 : null;
    const cold = times.shift();
    record(`read a room list of ${n} rows`, cpu, times, target, cpu === 1 ? check : null);
    record(`  the first read of ${n} rows (cold)`, cpu, [cold], '–', null);
    await page.close();
    await context.unrouteAll();
  }
  await context.close();
}

/** Main-thread time of a scripted session on the demo inbox, in a context with or without the extension. */
async function session(context, cpu) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(URL_ROOMS);
  await page.locator('html[data-demo-ready]').waitFor();
  const cdp = await throttle(page, cpu);
  await page.waitForTimeout(500);
  const start = await taskMs(cdp);
  const ids = await page.evaluate(() =>
    window.demo
      .rooms()
      .slice(0, 12)
      .map((r) => r.id),
  );
  for (let i = 0; i < 100; i++) {
    await page.evaluate((id) => window.demo.clientWrites(id), ids[i % ids.length]);
    await page.waitForTimeout(30);
    if (i % 5 === 4) await page.evaluate((id) => window.demo.open(id), ids[((i / 5) % ids.length) | 0]);
  }
  await page.waitForTimeout(500);
  const total = (await taskMs(cdp)) - start;
  const longtasks = await page.evaluate(() => window.__longtasks.length);
  await page.close();
  return { total, longtasks };
}

/** Main-thread time of one batch (a new client message: a row changes and a message is added). */
async function batches(context, cpu, n) {
  const page = await context.newPage();
  await page.goto(URL_ROOMS);
  await page.locator('html[data-demo-ready]').waitFor();
  const cdp = await throttle(page, cpu);
  await page.waitForTimeout(500);
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = await taskMs(cdp);
    await page.evaluate(() => window.demo.clientWrites());
    await page.waitForTimeout(300);
    out.push((await taskMs(cdp)) - t0);
  }
  await page.close();
  return out;
}

export async function pageFigures(cpu) {
  const ext = await launchWithExtension();
  const plain = await plainContext();
  await routeUpwork(ext.context, demoHtml);
  await routeUpwork(plain, demoHtml);
  const withExt = await batches(ext.context, cpu, RUNS * 2);
  const without = await batches(plain, cpu, RUNS * 2);
  const added = withExt.map((v, i) => v - without[i % without.length]);
  record('one batch of page changes (added main-thread time)', cpu, added, '≤ 1 ms (p95)', cpu === 1 ? (s) => s.p95 <= 1 : null);

  const sessions = [];
  const extLong = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) {
    const a = await session(ext.context, cpu);
    const b = await session(plain, cpu);
    sessions.push(a.total / b.total);
    extLong.push(Math.max(0, a.longtasks - b.longtasks));
  }
  record('scripted session: main-thread time with / without', cpu, sessions, '≤ 1.03', cpu === 1 ? (s) => s.p95 <= 1.03 : null, 'ratio');
  record('long tasks the extension adds to the session', cpu, extLong, '0', cpu === 1 ? (s) => s.p95 === 0 : null, 'tasks');

  // From a new client message in the page to the badge showing it.
  const page = await ext.context.newPage();
  await page.goto(URL_ROOMS);
  await page.locator('[data-reply-window]').first().waitFor();
  await throttle(page, cpu);
  const latency = [];
  for (let i = 0; i < RUNS; i++) {
    const before = Number((await readBadge(ext.worker)).text);
    const t0 = Date.now();
    await page.evaluate(() => window.demo.newRoom());
    while (Number((await readBadge(ext.worker)).text) !== before + 1 && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 5));
    latency.push(Date.now() - t0);
  }
  record('new client message to badge', cpu, latency, '≤ 250 ms (p95)', cpu === 1 ? (s) => s.p95 <= 250 : null);

  // Memory the content script adds to the page's JS heap (a 500-row list).
  const heap = async (context) => {
    const html = roomListPage(500);
    await context.unrouteAll();
    await routeUpwork(context, () => html);
    const p = await context.newPage();
    await p.goto(URL_ROOMS);
    await p.waitForTimeout(1_500);
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await p.close();
    return usedSize;
  };
  if (cpu === 1) {
    const mem = [];
    for (let i = 0; i < 3; i++) mem.push(((await heap(ext.context)) - (await heap(plain))) / 1024 / 1024);
    record('JS heap the content script adds (500 rows)', cpu, mem, '≤ 2 MB', (s) => s.median <= 2, 'MB');
  }
  await ext.cleanup();
  await plain.close();
}
