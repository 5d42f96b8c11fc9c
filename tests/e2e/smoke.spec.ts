import { expect, readBadge, ROOMS_URL, test } from './test';

const ROOM = 'room_' + '1'.repeat(32);
const html = `<!doctype html><html><body><div id="__nuxt">
<div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel__list-wrapper"><div class="rooms-panel-room-list rooms-panel-items">
<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${ROOM}">
<span data-test="room-name">James Blue</span><span class="timestamp">Yesterday</span>
<div data-test="room-topic-or-subtitle">Shopify fixes</div><div class="room-list-item-story">Any news?</div></a>
</div></div></div></div></body></html>`;

test('smoke: a client row reaches the badge', async ({ context, worker, servePage }) => {
  servePage(html);
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect.poll(async () => (await readBadge(worker)).text).toBe('1');
  await expect(page.locator('[data-reply-window]')).toHaveCount(1);
});
