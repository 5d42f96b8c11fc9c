// Issue 12's in-page figures on a room list with 500 mounted rows: the extension's share of the
// page's main-thread JavaScript (V8 sampling profiler through CDP, 100 µs), the long tasks it
// adds, and whether its first read of the 500 rows makes a long task.
import { launchWithExtension } from '../e2e/launch.mjs';
import { routeUpwork } from '../e2e/upwork-route.mjs';
import { busyRoomListPage } from './pages.mjs';
import { LONGTASKS, plainContext, QUICK, record, throttle, URL_ROOMS } from './harness.mjs';

const ROWS = 500;
const CHANGES = 100;

/** Self time (ms) of a CPU profile: the extension's, and the rest of the page's busy time. */
export function profileShares(profile) {
  const kind = new Map();
  for (const n of profile.nodes) {
    const { functionName, url } = n.callFrame;
    kind.set(
      n.id,
      ['(idle)', '(program)', '(root)'].includes(functionName) ? 'idle' : url.startsWith('chrome-extension://') ? 'ext' : 'page',
    );
  }
  const ms = { ext: 0, page: 0, idle: 0 };
  profile.samples.forEach((id, i) => (ms[kind.get(id)] += (profile.timeDeltas[i + 1] ?? 0) / 1000));
  return ms;
}

/** The extension's functions with the most self time (ms), for `--top`: where its share goes. */
export function topFunctions(profile, n = 12) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const ms = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id);
    if (!url.startsWith('chrome-extension://')) return;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...ms].sort((a, b) => b[1] - a[1]).slice(0, n);
}
const TOP = process.argv.includes('--top');
const printTop = (what, profile) => {
  if (!TOP) return;
  console.log(`    top self time of the extension, ${what}:`);
  for (const [fn, ms] of topFunctions(profile)) console.log(`      ${ms.toFixed(1).padStart(7)} ms  ${fn}`);
};

const longtasks = (page) => page.evaluate(() => window.__longtasks.length);

/** One run: load the page (the first read), then 100 changes with 20 room switches. */
async function run(context, cpu, marked) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await throttle(page, cpu);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(URL_ROOMS);
  await page.locator('html[data-bench-ready]').waitFor();
  // The first read, its acknowledgement and the marks (the page without the extension has none).
  await page.waitForTimeout(2_000);
  if (marked) await page.locator('[data-reply-window]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const loadProfile = (await cdp.send('Profiler.stop')).profile;
  const load = profileShares(loadProfile);
  if (marked) printTop('first read', loadProfile);
  const loadLong = await longtasks(page);
  await cdp.send('Profiler.start');
  for (let i = 0; i < CHANGES; i++) {
    await page.evaluate(([k, by]) => window.bench.change(k, by), [(i * 37) % ROWS, i % 2 ? 'freelancer' : 'client']);
    await page.waitForTimeout(150); // past the watcher's debounce: every change is read on its own
    if (i % 5 === 4) await page.evaluate((k) => window.bench.open(k), (i * 53) % ROWS);
  }
  await page.waitForTimeout(1_000);
  const changeProfile = (await cdp.send('Profiler.stop')).profile;
  const changes = profileShares(changeProfile);
  if (marked) printTop(`${CHANGES} changes`, changeProfile);
  const changeLong = (await longtasks(page)) - loadLong;
  await page.close();
  return { load, changes, loadLong, changeLong };
}

export async function busyPageFigures(cpu) {
  const ext = await launchWithExtension();
  const plain = await plainContext();
  const html = () => busyRoomListPage(ROWS);
  await routeUpwork(ext.context, html);
  await routeUpwork(plain, html);
  const share = [];
  const loadShare = [];
  const extMs = [];
  const added = [];
  const firstRead = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) {
    const a = await run(ext.context, cpu, true);
    const b = await run(plain, cpu, false);
    share.push((100 * a.changes.ext) / a.changes.page);
    loadShare.push((100 * a.load.ext) / a.load.page);
    extMs.push(a.changes.ext);
    added.push(Math.max(0, a.changeLong - b.changeLong));
    firstRead.push(Math.max(0, a.loadLong - b.loadLong));
  }
  const at1 = (check) => (cpu === 1 ? check : null);
  record(
    `${ROWS} mounted rows, ${CHANGES} changes: extension share of page JS`,
    cpu,
    share,
    '≤ 3%',
    at1((s) => s.p95 <= 3),
    '%',
  );
  record(`  the extension's JS during those changes`, cpu, extMs, '–', null);
  record(`  at load (first read of ${ROWS} rows): extension share`, cpu, loadShare, '–', null, '%');
  record(
    `  long tasks the extension adds to the ${CHANGES} changes`,
    cpu,
    added,
    '0',
    at1((s) => s.p95 === 0),
    'tasks',
  );
  record(
    `  long tasks the first read of ${ROWS} rows adds`,
    cpu,
    firstRead,
    '0',
    at1((s) => s.p95 === 0),
    'tasks',
  );
  await ext.cleanup();
  await plain.close();
}
