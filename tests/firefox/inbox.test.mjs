// The demo inbox in Firefox, through the real content script, event page, badge, popup
// and page marks: the counts and rows, a reply and a new client message followed, and a
// restart of the background. Each test opens the popup first and keeps it open behind
// the Upwork tab (the content script reads only a visible page).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { eventually, launchFirefox, marksOf, openDemo, popupState, readBadge, reloadAddon } from './firefox.mjs';

const SARAH = 'room_2013c7dcb6b0df26eced1faa674a8bf5'; // open at load; waiting 22 min
const PRIYA = 'room_631d65d06c5e278765196794446eb21e'; // answered 1 h 10 m ago
const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // waiting 3 h: late
// BADGE_COLOR in utils/rules/badge.ts (from utils/model/palette.ts)
const BADGE_FILL = { 'on-time': '#2f6fd6', late: '#f7c04a', overdue: '#a3192b', breach: '#2e1050' };
let ff;
beforeEach(async () => (ff = await launchFirefox()));
afterEach(() => ff?.close());

const clientLast = (tab) =>
  tab.evaluate(() =>
    window.demo
      .rooms()
      .filter((r) => r.lastBy === 'client')
      .map((r) => r.id),
  );
const badgeText = (popup) => async () => (await readBadge(popup)).text;
const popupIds = (popup) => async () => (await popupState(popup)).rows.map(([id]) => id).sort();
const markOf = (tab, id) => async () => (await marksOf(tab))[id];

test('the badge counts the waiting rooms in the colour of the popup’s first row; the popup lists them in the order to answer them; the page marks exactly those rows', async () => {
  const popup = await ff.openPopup();
  const page = await openDemo(ff);
  const waiting = await clientLast(page);
  await eventually(badgeText(popup), String(waiting.length), 'badge');

  await eventually(popupIds(popup), [...waiting].sort(), 'popup rows');
  const { readAt, rows } = await popupState(popup);
  assert.equal((await readBadge(popup)).color, BADGE_FILL[rows[0][1]]);
  assert.equal(readAt, 'Upwork read just now');
  // What to answer next (the full order is unit-tested and checked in Chromium): a room that can still be saved on top.
  const states = rows.map(([, state]) => state);
  assert.notEqual(states[0], 'overdue');
  assert.ok(states.includes('on-time') && states.includes('late'), states.join());
  assert.match(
    await popup.$eval(`li[data-room-id="${SARAH}"] .room-left`, (el) => el.textContent),
    /^1 h 3\d m left of the 2-hour window$/,
  );

  // Every mounted row is marked if and only if its client wrote last.
  const marks = await marksOf(page);
  assert.deepEqual(
    Object.keys(marks)
      .filter((id) => marks[id] !== null)
      .sort(),
    waiting.filter((id) => id in marks).sort(),
  );
  assert.ok(Object.keys(marks).length > waiting.length, 'answered rows are mounted too');
  // The mark says what the popup's row says: the 2-hour window is gone, the 24-hour one still open.
  assert.match(marks[TOM], /^late \| (≈ )?2\d h( \d+ m)? left of the 24-hour window$/);
  assert.equal(marks[PRIYA], null);
});

test('a new client message raises the count and marks its row; a reply clears both', async () => {
  const popup = await ff.openPopup();
  const page = await openDemo(ff);
  const before = (await clientLast(page)).length;
  await eventually(badgeText(popup), String(before), 'badge at load');

  await page.evaluate((id) => window.demo.clientWrites(id, 'One more question'), PRIYA);
  await eventually(badgeText(popup), String(before + 1), 'badge after a client wrote');
  await eventually(
    async () => /^on-time \| (≈ )?(1 h \d+ m|2 h) left of the 2-hour window$/.test(await markOf(page, PRIYA)()),
    true,
    "Priya's row marked",
  );
  await eventually(async () => (await popupIds(popup)()).includes(PRIYA), true, 'Priya in the popup');

  // Replying in the open room (Sarah's) takes it off the badge, the page and the popup.
  await page.evaluate(() => window.demo.reply());
  await eventually(badgeText(popup), String(before), 'badge after a reply');
  await eventually(markOf(page, SARAH), null, "Sarah's mark");
  await eventually(async () => (await popupIds(popup)()).includes(SARAH), false, 'Sarah in the popup');
});

test('the state survives a restart of the background, with no Upwork tab open; the fresh background follows new messages', async () => {
  let popup = await ff.openPopup();
  let page = await openDemo(ff);
  const waiting = await clientLast(page);
  await eventually(badgeText(popup), String(waiting.length), 'badge before the restart');
  await popup.evaluate(async () => ((await browser.runtime.getBackgroundPage()).__beforeRestart = true));
  await page.close(); // nothing can read Upwork again for the new background

  // Reload the add-on, as an update does: the event page and every global go.
  await reloadAddon(popup);
  popup = await ff.openPopup();
  const marker = await popup.evaluate(async () => (await browser.runtime.getBackgroundPage()).__beforeRestart ?? 'gone');
  assert.equal(marker, 'gone', 'a fresh background');

  // Only IndexedDB knew these: the badge and the popup come back from it.
  await eventually(badgeText(popup), String(waiting.length), 'badge after the restart');
  await eventually(popupIds(popup), [...waiting].sort(), 'popup rows after the restart');

  page = await openDemo(ff);
  await page.evaluate((id) => window.demo.clientWrites(id, 'Are you there?'), PRIYA);
  await eventually(badgeText(popup), String(waiting.length + 1), 'badge after a client wrote');
});
