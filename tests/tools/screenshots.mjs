// Store screenshots (1280x800) and the documents' pictures, made from the demo inbox
// by script, never by hand: npm run screenshots (after npm run build).
import { mkdirSync, readFileSync } from 'node:fs';
import { launchWithExtension } from '../e2e/launch.mjs';
import { demoHtml, fixtureHtml, routeUpwork } from '../e2e/upwork-route.mjs';

const OUT = 'tests/screenshots';
mkdirSync(OUT, { recursive: true });
const { context, worker, extensionId, cleanup } = await launchWithExtension();
await routeUpwork(context, demoHtml);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.upwork.com/ab/messages/rooms/');
await page.waitForSelector('[data-reply-window]');
await page.waitForTimeout(500);

// Two new clients, so the popup has 11 waiting (issue 21: at least 7 whole in Chrome's 600 px).
for (let i = 0; i < 2; i++) await page.evaluate(() => window.demo.newRoom());
await page.waitForTimeout(800);
await page.screenshot({ path: `${OUT}/page.png` });
const MARKS = { x: 0, y: 96, width: 340, height: 704 };
await page.screenshot({ path: `${OUT}/marks-light.png`, clip: MARKS });
await page.emulateMedia({ colorScheme: 'dark' });
await page.screenshot({ path: `${OUT}/marks-dark.png`, clip: MARKS });
await page.emulateMedia({ colorScheme: 'light' });

const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
await popup.waitForSelector('.rooms li');
await popup.screenshot({ path: `${OUT}/popup.png` });
await popup.emulateMedia({ colorScheme: 'dark' });
await popup.screenshot({ path: `${OUT}/popup-dark.png` });
await popup.emulateMedia({ colorScheme: 'light' });

// Each state told apart without colour: the marks and the popup under Chromium's own colour-blind emulation.
for (const type of ['deuteranopia', 'protanopia']) {
  for (const [p, file, clip] of [
    [page, `marks-${type}.png`, MARKS],
    [popup, `popup-${type}.png`, undefined],
  ]) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
    await p.screenshot({ path: `${OUT}/${file}`, clip });
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    await cdp.detach();
  }
}

// ⋯ with Snooze ▸ open: the four verbs, and what each snooze does.
await popup.locator('.rooms .room-more').first().click();
await popup.getByRole('button', { name: 'Snooze ▸' }).first().click();
await popup.screenshot({ path: `${OUT}/popup-actions.png` });
await popup.reload();
await popup.waitForSelector('.rooms li');

const stats = await context.newPage();
await stats.goto(`chrome-extension://${extensionId}/options.html`);
await stats.waitForSelector('form');
// Two reminder times, so the picture shows the chips.
for (const time of ['09:00', '14:00']) {
  await stats.getByLabel('Reminder time to add').fill(time);
  await stats.getByRole('button', { name: 'Add', exact: true }).click();
}
await stats.getByText('Saved.').waitFor();
await stats.waitForTimeout(3200); // "Saved." has faded
await stats.screenshot({ path: `${OUT}/store-3-settings.png` });
await stats.emulateMedia({ colorScheme: 'dark' });
await stats.screenshot({ path: `${OUT}/settings-dark.png` });

// Compose: the Upwork page with the popup open over its top right, as the user sees it.
const png = (f) => `data:image/png;base64,${readFileSync(`${OUT}/${f}`).toString('base64')}`;
const compose = await context.newPage();
await compose.setViewportSize({ width: 1280, height: 800 });
await compose.setContent(`<body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
  <img src="${png('page.png')}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(0.93)">
  <img src="${png('popup.png')}" style="position:absolute;right:24px;top:8px;width:380px;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35)">
</body>`);
await compose.screenshot({ path: `${OUT}/store-1-popup-over-upwork.png` });
await page.bringToFront();
await page.screenshot({ path: `${OUT}/store-2-page-marks.png` });

// The user guide's holding-reply picture: the template choice the shortcut opens beside the reply box.
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
const templates = ['ack', 'by', 'decline'].map((id) => {
  const key = { ack: 'tplAck', by: 'tplBy', decline: 'tplDecline' }[id];
  return { id, name: en[`${key}Name`].message, text: en[`${key}Text`].message };
});
const sarah = await page.evaluate(() => window.demo.rooms().find((r) => r.open));
await worker.evaluate(
  async ([room, templates]) => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.upwork.com/*' });
    await chrome.tabs.sendMessage(tab.id, { type: 'worker:holding-menu', roomId: room.id, name: room.name, title: room.title, templates });
  },
  [sarah, templates],
);
await page.locator('reply-window-holding .panel').waitFor();
await page.screenshot({ path: `${OUT}/holding-reply-menu.png` });

// The user guide's stats picture: a few demo rooms answered (one tagged Direct Messages first), and an
// invitation declined on the proposals fixture, so every section has figures.
await context.route('https://www.upwork.com/nx/proposals/**', (route) => {
  const own = new URL(route.request().url()).pathname.startsWith('/nx/proposals/interview/uid/');
  return route.fulfill({ contentType: 'text/html', body: fixtureHtml(own ? 'pages/invitation-2026.html' : 'pages/proposals-2026.html') });
});
const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986';
await popup.reload();
await popup.locator(`li[data-room-id="${TOM}"] .room-more`).click();
await popup.locator(`li[data-room-id="${TOM}"]`).getByRole('button', { name: 'More ▸' }).click();
await popup.getByLabel("Direct Messages (not counted in Upwork's response time)").check();
const waiting = await page.evaluate(() =>
  window.demo
    .rooms()
    .filter((r) => r.lastBy === 'client')
    .map((r) => r.id),
);
for (const id of waiting.slice(0, 5)) await page.evaluate((room) => window.demo.reply(room), id);
const proposals = await context.newPage();
await proposals.goto('https://www.upwork.com/nx/proposals/');
await proposals.waitForTimeout(1000);
await proposals.goto('https://www.upwork.com/nx/proposals/interview/uid/1860000000000000001');
await proposals.getByRole('button', { name: 'Decline' }).click();
await proposals.getByRole('dialog').getByRole('button', { name: 'Decline' }).click();
await proposals.waitForTimeout(1000);
const figures = await context.newPage();
await figures.setViewportSize({ width: 800, height: 800 });
await figures.goto(`chrome-extension://${extensionId}/stats.html`);
await figures.getByTestId('invitation-rate').waitFor();
// A few earlier weeks of replies in the log, so the guide's picture shows the weekly chart (it waits for 3 weeks).
await figures.evaluate(
  (past) =>
    new Promise((resolve) => {
      const open = indexedDB.open('reply-window');
      open.onsuccess = () => {
        const tx = open.result.transaction('log', 'readwrite');
        const now = Date.now();
        past.forEach(([days, minutes], i) => {
          const replyAt = now - days * 86_400_000;
          const roomId = `room_${String(i).padStart(32, 'e')}`;
          const clientAt = replyAt - minutes * 60_000;
          tx.objectStore('log').put({
            id: `${roomId}|${replyAt}`,
            roomId,
            kind: 'reply',
            clientAt,
            clientExact: true,
            replyAt,
            replyExact: true,
            contract: false,
          });
        });
        tx.oncomplete = resolve;
      };
    }),
  [
    [10, 50],
    [12, 190],
    [17, 35],
    [24, 300],
    [26, 1560],
    [33, 80],
    [45, 140],
    [52, 25],
  ],
);
await figures.reload();
await figures.getByTestId('invitation-rate').waitFor();
await figures.screenshot({ path: `${OUT}/stats.png`, fullPage: true });
await figures.emulateMedia({ colorScheme: 'dark' });
await figures.screenshot({ path: `${OUT}/stats-dark.png`, fullPage: true });
await cleanup();
console.log(
  `Screenshots in ${OUT}/: store-1-popup-over-upwork.png, store-2-page-marks.png, store-3-settings.png, holding-reply-menu.png, stats.png, ` +
    'marks-light/dark/deuteranopia/protanopia.png, popup(-dark/-deuteranopia/-protanopia/-actions).png, settings-dark.png, stats-dark.png',
);
