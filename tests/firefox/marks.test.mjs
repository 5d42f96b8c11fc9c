// Page marks in Firefox on the hand-built fixtures: each row awaiting a reply carries
// data-reply-window and a label, and no other row does. (The demo inbox's marks are
// checked in inbox.test.mjs.)
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { fixtureHtml } from '../e2e/upwork-route.mjs';
import { eventually, launchFirefox, marksOf, popupState, readBadge, ROOMS_URL } from './firefox.mjs';

const room = (tail) => `room_${tail.padStart(32, '0')}`;
let ff;
beforeEach(async () => (ff = await launchFirefox()));
afterEach(() => ff?.close());

test('the 2026 fixture: the waiting rows are marked by state, the answered and undated rows are not', async () => {
  ff.servePage(fixtureHtml('pages/list-and-room-2026.html'));
  const tab = await ff.newTab();
  await tab.goto(ROOMS_URL + room('a1'));
  // The state of each row; the label says what the popup says (time left, or how long ago a window was missed).
  const stateOf = (marks) => Object.fromEntries(Object.entries(marks).map(([id, m]) => [id, m && m.split(' | ')[0]]));
  await eventually(async () => stateOf(await marksOf(tab)), {
    [room('a1')]: 'on-time', // the open room: 95 min since the client's first unanswered message
    [room('a2')]: null, // "You: …"
    // "Yesterday": missed if written early yesterday, in time if late; always undecided for the 24-hour window.
    [room('a3')]: 'undecided',
    [room('a4')]: 'overdue', // a weekday four days ago: missed at either end of that day
    [room('a5')]: null, // "You: …", the older name selector
    [room('a6')]: null, // a time it cannot read starts no wait
  });
  const marks = await marksOf(tab);
  assert.match(marks[room('a1')], /^on-time \| 2\d m left of the 2-hour window$/);
  assert.match(marks[room('a3')], /^undecided \| 24-hour window missed, or up to .+ left$/);
  assert.match(marks[room('a4')], /^overdue \| 24-hour window missed up to 3 d( \d+ h)? ago$/);
});

for (const [page, open, row] of [
  ['room-answered-system.html', 'b1', 'b1'],
  ['room-reversed-group.html', 'c1', 'c2'],
]) {
  test(`${page}: the page is read, nothing is waiting, and its row carries no mark`, async () => {
    const popup = await ff.openPopup();
    ff.servePage(fixtureHtml(`pages/${page}`));
    const tab = await ff.newTab();
    await tab.goto(ROOMS_URL + room(open));
    // A fresh profile's popup says Upwork was never read and its badge is "?": these change once the page is handled.
    await eventually(() => popupState(popup), { readAt: 'Upwork read just now', rows: [] }, 'popup');
    assert.equal((await readBadge(popup)).text, '');
    assert.deepEqual(await marksOf(tab), { [room(row)]: null });
  });
}
