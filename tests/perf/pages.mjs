// Pages for the benchmark: Upwork's room list with N rows (markup of tests/fixtures/README.md).
import { fillTimeTokens } from '../demo/upwork-time-text.js';

export function roomListPage(n, now = new Date()) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const id = `room_${(i + 1).toString(16).padStart(32, '0')}`;
    const ago = ['-20m', '-3h', '-26h', '-4d', '-40d'][i % 5];
    rows.push(`<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${id}">
<div class="room-list-item-base"><span data-test="room-name" class="room-list-item-base-text item-title">Client ${i}</span><span class="timestamp text-base-sm">{{list:${ago}}}</span></div>
<div data-test="room-topic-or-subtitle" class="item-subtitle">Job ${i}</div><div class="room-list-item-story">${i % 3 ? '' : 'You: '}Message ${i}</div></a>`);
  }
  return fillTimeTokens(
    `<!doctype html><html><head><meta charset="utf-8"><title>Messages | Upwork</title><link rel="icon" href="data:,"></head><body><div id="__nuxt">
<div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel__list-wrapper"><div class="rooms-panel-room-list rooms-panel-items">${rows.join('\n')}</div></div></div>
</div></body></html>`,
    now,
  );
}
