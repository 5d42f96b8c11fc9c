// Issue 20 item 8: a client's message the room list dates only as "Yesterday" is undecided, the same on
// the page's mark and in the popup: never "missed", counted with the rooms that can still be saved.
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { expect, openPopup, ROOMS_URL, test } from './test';

const id = (n: number) => 'room_' + (n + 1).toString(16).padStart(32, '0');
const row = (i: number, ago: string) => `<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${id(i)}">
<div class="room-list-item-base"><span data-test="room-name" class="room-list-item-base-text item-title">Client ${i}</span><span class="timestamp text-base-sm">{{list:${ago}}}</span></div>
<div data-test="room-topic-or-subtitle" class="item-subtitle">Job ${i}</div><div class="room-list-item-story">Message ${i}</div></a>`;
const page = (rows: string) =>
  fillTimeTokens(
    `<!doctype html><html><head><meta charset="utf-8"><title>Messages | Upwork</title><link rel="icon" href="data:,"></head><body><div id="__nuxt">
<div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel-room-list rooms-panel-items">${rows}</div></div></div></body></html>`,
    new Date(),
  );

test('a message dated "Yesterday" is undecided on the page and in the popup, and can still be saved', async ({
  context,
  extensionId,
  servePage,
}) => {
  // 24 h ago: the list says "Yesterday", so the client wrote between yesterday's first and last minute.
  servePage(page(row(0, '-24h') + row(1, '-30m')));
  const upwork = await context.newPage();
  await upwork.goto(ROOMS_URL);
  const mark = upwork.locator(`a[href$="${id(0)}"]`);
  await expect(mark).toHaveAttribute('data-reply-window', 'undecided');
  await expect(mark).toHaveAttribute('data-reply-window-label', /^[\d-]+-hour window missed, or up to .+ left$/);

  const popup = await openPopup(context, extensionId);
  const item = popup.locator(`li[data-room-id="${id(0)}"]`);
  await expect(item).toHaveAttribute('data-reply-window', 'undecided');
  // The row's figure is the latest possible time left, with the question mark of the mark.
  await expect(item.locator('.room-figure')).toHaveText(/^\d+ [hm]( \d+ m)?\?$/);
  await expect(item.locator('.room-left')).toHaveText(/^[\d-]+-hour window missed, or up to .+ left$/);
  // Its one action is opening the room: the row's tooltip says so, and so does the opened row.
  await expect(item.locator('.room-open')).toHaveAttribute('title', 'Upwork showed only the day: open the room for the exact time.');
  await expect(popup.getByTestId('popup-count')).toHaveText('2 to answer · 2 still in time');
  // "Why this time", in the expanded row: the range, and that earlier messages may be unseen.
  await item.locator('.room-more').click();
  await expect(item.getByTestId('room-undecided')).toHaveText('Upwork showed only the day: open the room for the exact time.');
  await expect(item.getByTestId('room-why')).toContainText('earlier messages from the client may be unseen');
});
