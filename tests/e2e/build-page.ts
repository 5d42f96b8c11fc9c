// Builds an Upwork Messages page (the 2026 markup of tests/fixtures/README.md)
// from a short description, with times relative to now.
import { fillTimeTokens } from '../demo/upwork-time-text.js';

export interface RoomSpec {
  id: string;
  name: string;
  title?: string;
  /** Who wrote last, and how long ago, as an offset token ("-95m", "-3h", "-2d"). */
  lastBy: 'client' | 'freelancer';
  ago: string;
}

export const roomId = (n: number) => 'room_' + n.toString(16).padStart(32, '0');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildPage(rooms: RoomSpec[], now = new Date()): string {
  const rows = rooms
    .map(
      (r) => `<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${r.id}">
  <div class="room-list-item-base"><span data-test="room-name" class="room-list-item-base-text item-title">${esc(r.name)}</span>
  <span class="timestamp text-base-sm">{{list:${r.ago}}}</span></div>
  <div data-test="room-topic-or-subtitle" class="item-subtitle">${esc(r.title ?? 'A job')}</div>
  <div class="room-list-item-story">${r.lastBy === 'freelancer' ? 'You: ' : ''}Last message</div></a>`,
    )
    .join('\n');
  return fillTimeTokens(
    `<!doctype html><html><head><meta charset="utf-8"><title>Messages | Upwork</title></head><body><div id="__nuxt">
<div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel__list-wrapper"><div class="rooms-panel-room-list rooms-panel-items">
${rows}
</div></div></div></div></body></html>`,
    now,
  );
}
