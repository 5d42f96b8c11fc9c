// `npm start`: the extension on the built-in demo inbox, served at Upwork's
// real address (the production build never matches localhost).
//   npm start                 a Chromium window; click the toolbar icon for the popup
//   npm start -- --headless   no display: saves screenshots and prints what the user would see
import { mkdirSync } from 'node:fs';
import { launchWithExtension, readBadge } from '../e2e/launch.mjs';
import { demoHtml, routeUpwork } from '../e2e/upwork-route.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (headless && !process.argv.includes('--headless')) console.log('No display found: running headless (npm start -- --headless).');

const { context, worker, extensionId, cleanup } = await launchWithExtension({ headless, viewport: headless ? undefined : null });
await routeUpwork(context, demoHtml);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.upwork.com/ab/messages/rooms/');
await page.waitForSelector('[data-reply-window]', { timeout: 15_000 });

if (!headless) {
  console.log('Reply Window is running on the demo inbox. Pin the extension and click its icon for the popup.');
  console.log('Use the demo controls at the top of the page to make a client write or to reply. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

const out = 'tests/artifacts';
mkdirSync(out, { recursive: true });
await page.screenshot({ path: `${out}/demo-page.png` });
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForSelector('.rooms, [data-state]');
await popup.screenshot({ path: `${out}/demo-popup.png` });

const badge = await readBadge(worker);
const rows = await popup.$$eval('.room', (els) =>
  els.map(
    (el) =>
      `${el.getAttribute('data-reply-window')?.padEnd(8)}  ${el.querySelector('.room-name')?.textContent}  ·  ${el.querySelector('.room-left')?.textContent}`,
  ),
);
const marks = await page.$$eval('[data-reply-window]', (els) => els.map((el) => el.getAttribute('data-reply-window-label')));
console.log(`Badge: "${badge.text}" in ${badge.color}`);
console.log(`Popup (${rows.length} rooms awaiting a reply, soonest deadline first):`);
for (const r of rows) console.log('  ' + r);
console.log(`Page marks on ${marks.length} mounted rows: ${marks.join(', ')}`);
console.log(`Screenshots: ${out}/demo-page.png, ${out}/demo-popup.png`);
await cleanup();
