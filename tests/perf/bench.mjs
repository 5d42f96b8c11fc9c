// npm run bench: what Reply Window costs, measured in real Chromium on the demo inbox
// and generated room lists served at Upwork's address. Prints a table (median and p95,
// at 1x and 4x CPU throttling) and writes bench/results.json. Not part of npm test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { CHROMIUM } from '../e2e/chromium.mjs';
import { notes, record, rows, runs } from './harness.mjs';
import { pageFigures, readerFigures } from './page-figures.mjs';
import { popupFigures } from './popup-figures.mjs';
import { busyPageFigures } from './busy-page-figures.mjs';
import { workerFigures } from './worker-figures.mjs';
import { roundTripFigures } from './round-trip-figures.mjs';
import { figureTable } from './stats.mjs';
import { backgroundBytes, PAGE_KINDS, pageBytes, popupBytes } from './sizes.mjs';

function sizeFigures() {
  const dir = '.output/chrome-mv3';
  const kB = (bytes) => bytes / 1024;
  const kb = (s) => s.median <= 15;
  record('gzipped script on a Messages page', 1, kB(pageBytes(dir, PAGE_KINDS.messages).bytes), '≤ 15 kB', kb, 'kB');
  record('gzipped script on a proposals page', 1, kB(pageBytes(dir, PAGE_KINDS.proposals).bytes), '≤ 15 kB', kb, 'kB');
  record('gzipped script on an invitation page', 1, kB(pageBytes(dir, PAGE_KINDS.invitation).bytes), '≤ 15 kB', kb, 'kB');
  record('popup entry files, JS and CSS, gzipped', 1, kB(popupBytes(dir).bytes), '≤ 25 kB', (s) => s.median <= 25, 'kB');
  record('gzipped size: background', 1, kB(backgroundBytes(dir)), '≤ 20 kB', (s) => s.median <= 20, 'kB');
}

const started = Date.now();
// --cpu=1 (or 4) runs one throttling rate, for a quick look at one change.
const CPUS = process.argv
  .find((a) => a.startsWith('--cpu='))
  ?.slice(6)
  .split(',')
  .map(Number) ?? [1, 4];
for (const cpu of CPUS) {
  console.log(`CPU ${cpu}x`);
  if (runs('reader')) await readerFigures(cpu);
  if (runs('page')) await pageFigures(cpu);
  if (runs('busy-page')) await busyPageFigures(cpu);
  if (runs('popup')) await popupFigures(cpu);
  if (runs('worker')) await workerFigures(cpu);
  if (runs('round-trip')) await roundTripFigures(cpu);
}
if (runs('size')) sizeFigures();

const table = figureTable(rows);
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const machine = `${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${chromiumVersion}`;
console.log(
  `\nReply Window benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n\n${table}\n\n(${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, load: loadavg(), rows, notes }, null, 2));
