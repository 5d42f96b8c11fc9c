// The stats page in Firefox (issue 14): a room tagged Direct Messages in the popup is
// left out of the tag forecast and can be counted again, through Firefox's IndexedDB
// (schema 5's index of tagged rooms) and its event page.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { eventually, launchFirefox, openDemo, until } from './firefox.mjs';

const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // waiting 3 h: late
let ff;
beforeEach(async () => (ff = await launchFirefox()));
afterEach(() => ff?.close());

/** The stats' tag section and the Direct Messages list, as the user reads them. */
const statsState = (stats) =>
  stats.evaluate(() => {
    const left = document.querySelector('[data-testid="direct-left-out"]');
    return {
      replies: document.querySelector('[data-testid="stats-headline"] [data-figure="replies"]')?.getAttribute('data-replies') ?? null,
      bucket: document.querySelector('section.tag')?.getAttribute('data-bucket') ?? null,
      leftOut: left && [left.getAttribute('data-replies'), [...left.querySelectorAll('li[data-room-id]')].map((li) => li.dataset.roomId)],
    };
  });

test('a room tagged Direct Messages in the popup keeps its row, and the stats leave its reply out of the tag until it is counted again', async () => {
  const popup = await ff.openPopup();
  const page = await openDemo(ff);
  const row = `.rooms li[data-room-id="${TOM}"]`;
  await until(popup, (sel) => !!document.querySelector(sel), row);
  await popup.evaluate((sel) => document.querySelector(`${sel} .room-more`).click(), row);
  await until(popup, (sel) => !!document.querySelector(`${sel} .room-verbs`), row);
  await popup.evaluate((sel) => [...document.querySelectorAll(`${sel} .room-verbs button`)].at(-1).click(), row); // More ▸
  await until(popup, (sel) => !!document.querySelector(`${sel} .room-actions input[type=checkbox]`), row);
  await popup.evaluate((sel) => document.querySelector(`${sel} .room-actions input[type=checkbox]`).click(), row);
  await until(popup, (sel) => !!document.querySelector(`${sel} [data-testid="room-direct"]`), row);
  assert.equal(await popup.evaluate((sel) => document.querySelector(sel).getAttribute('data-reply-window'), row), 'late');

  await page.evaluate((id) => window.demo.reply(id), TOM);
  await until(popup, (sel) => !document.querySelector(sel), row);

  const stats = await ff.openStats();
  await eventually(() => statsState(stats), { replies: '1', bucket: '', leftOut: ['1', [TOM]] }, 'stats with the room left out');
  await stats.evaluate(() => document.querySelector('[data-testid="direct-left-out"] button').click());
  await eventually(() => statsState(stats), { replies: '1', bucket: '0-4 h', leftOut: null }, 'stats with the room counted again');
});
