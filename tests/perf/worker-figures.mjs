// The worker at agency scale (issue 12): 10,000 stored rooms, 300 of them
// awaiting a reply. A refresh (badge, warnings plan, alarm) is timed inside the
// real service worker; its memory is read over CDP (Runtime.getHeapUsage on the
// worker target). BENCH_ROOT=<dir> bundles the refresh of another checkout, for a before/after.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from '../e2e/launch.mjs';
import { record, RUNS } from './harness.mjs';

const ROOMS = 10_000;
const AWAITING = 300;

const root = resolve(process.env.BENCH_ROOT ?? '.');
export const workerBundle = async () =>
  (
    await build({
      entryPoints: [resolve('tests/perf/worker-entry.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      alias: { '@': root },
      nodePaths: [resolve('node_modules')],
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

/** Seeds the store in the worker: answered rooms over the past year, and the awaiting ones over the past 9 days. */
export const seed = (worker, rooms = ROOMS, awaiting = AWAITING) =>
  worker.evaluate(
    async ({ rooms, awaiting, now }) => {
      const db = await new Promise((r) => {
        const q = indexedDB.open('reply-window');
        q.onsuccess = () => r(q.result);
      });
      const tx = db.transaction(['threads', 'meta', 'log'], 'readwrite');
      const threads = tx.objectStore('threads');
      const log = tx.objectStore('log');
      threads.clear();
      log.clear();
      for (let i = 0; i < rooms; i++) {
        const waits = i < awaiting;
        const at = now - (waits ? (i * 7919) % (9 * 86_400_000) : ((i * 104_729) % 365) * 86_400_000 + 3_600_000);
        threads.put({
          roomId: `room_${(i + 1).toString(16).padStart(32, '0')}`,
          name: `Client ${i}`,
          title: `Job ${i}`,
          contract: i % 4 ? 'unknown' : 'active',
          last: { by: waits ? 'client' : 'freelancer', at: { earliest: at, latest: at + 59_999 }, seenAt: at },
          waitingSince: waits ? at : null,
          exact: i % 2 === 0,
          answeredSeenAt: waits ? null : at,
          updatedAt: at,
        });
        // Two answers a room over the past year: the response log an agency keeps (a quarter of it in the last 90 days).
        for (let k = 0; k < (waits ? 0 : 2); k++) {
          const replyAt = now - ((i * 7 + k * 173) % 365) * 86_400_000 - 60_000;
          const roomId = `room_${(i + 1).toString(16).padStart(32, '0')}`;
          log.put({
            id: `${roomId}|${replyAt}`,
            roomId,
            kind: 'reply',
            clientAt: replyAt - 3_600_000 * (1 + (i % 30)),
            clientExact: true,
            replyAt,
            replyExact: true,
            contract: i % 4 === 0,
          });
        }
      }
      tx.objectStore('meta').put({ lastReadAt: now, checkedAt: now, layout: 'ok', missing: [], selfName: 'Alex Rivera' }, 'page');
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    },
    { rooms, awaiting, now: Date.now() },
  );

/** Runtime.getHeapUsage on the service worker target, after a full garbage collection. */
async function workerHeapMB(ext) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const call = (method) =>
    new Promise((resolve) => {
      const mine = ++id;
      const on = (e) => {
        const m = JSON.parse(e.message);
        if (m.id !== mine) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m.result);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  await page.close();
  return usedSize / 2 ** 20;
}

export async function workerFigures(cpu) {
  if (cpu !== 1) return; // the worker has no CPU throttling over CDP; one run at the machine's speed
  const ext = await launchWithExtension();
  try {
    await ext.worker.evaluate(await workerBundle());
    await ext.worker.evaluate(() => globalThis.__benchWorker.refresh()); // opens (and creates) the database
    await seed(ext.worker);
    const times = await ext.worker.evaluate(async (runs) => {
      const { refresh } = globalThis.__benchWorker;
      await refresh(); // warm: opens the database
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await refresh();
        out.push(performance.now() - t0);
      }
      return out;
    }, RUNS);
    record(`worker refresh, ${ROOMS} rooms (${AWAITING} awaiting)`, cpu, times, '≤ 50 ms median', (s) => s.median <= 50);
    record('worker memory after refreshes', cpu, await workerHeapMB(ext), '≤ 20 MB', (s) => s.median <= 20, 'MB');
    // Every wake runs a pass of the choices' sync. The first after an upgrade may build the choices index once.
    const passes = await ext.worker.evaluate(async (runs) => {
      const { syncChoicesNow } = globalThis.__benchWorker;
      const out = [];
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        await syncChoicesNow(Date.now());
        out.push(performance.now() - t0);
      }
      return out;
    }, RUNS);
    record(`worker wake: the choices' sync pass, first, ${ROOMS} rooms`, cpu, passes[0], '–', null);
    record(`worker wake: the choices' sync pass, ${ROOMS} rooms`, cpu, passes.slice(1), '≤ 50 ms median', (s) => s.median <= 50);
  } finally {
    await ext.cleanup();
  }
}
