// npm run bench: what Reply Window costs, measured in real Chromium on the demo inbox
// and generated room lists served at Upwork's address. Prints a table (median and p95,
// at 1x and 4x CPU throttling) and writes bench/results.json. Not part of npm test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { CHROMIUM } from '../e2e/chromium.mjs';
import { notes, record, rows, runs } from './harness.mjs';
import { pageFigures, readerFigures } from './page-figures.mjs';
import { popupFigures } from './popup-figures.mjs';
import { busyPageFigures } from './busy-page-figures.mjs';
import { workerFigures } from './worker-figures.mjs';
import { figureTable } from './stats.mjs';

function sizeFigures() {
  const dir = '.output/chrome-mv3';
  const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
  const deps = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) deps(`chunks/${m[1]}`, seen);
    return seen;
  };
  const popup = [...readFileSync(`${dir}/popup.html`, 'utf8').matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)].flatMap((m) => [
    ...deps(m[1]),
  ]);
  record('gzipped size: content script', 1, gz(['content-scripts/upwork.js']) / 1024, '≤ 15 kB', (s) => s.median <= 15, 'kB');
  record('gzipped size: popup', 1, gz([...new Set(popup)]) / 1024, '≤ 25 kB', (s) => s.median <= 25, 'kB');
  record('gzipped size: background', 1, gz(['background.js']) / 1024, '≤ 20 kB', (s) => s.median <= 20, 'kB');
}

const started = Date.now();
for (const cpu of [1, 4]) {
  console.log(`CPU ${cpu}x`);
  if (runs('reader')) await readerFigures(cpu);
  if (runs('page')) await pageFigures(cpu);
  if (runs('busy-page')) await busyPageFigures(cpu);
  if (runs('popup')) await popupFigures(cpu);
  if (runs('worker')) await workerFigures(cpu);
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
