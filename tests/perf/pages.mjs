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

/**
 * Issue 12's page: N rows all mounted, and a script that plays the page's part like a
 * framework would: on each change it rebuilds the model's order, diffs every row's
 * texts, replaces the changed row in place with a new element and moves it to the top.
 * window.bench.change(i, by) ('client' | 'freelancer') and window.bench.open(i) (pushState,
 * a conversation of three messages) are driven by page-figures.mjs.
 */
export function busyRoomListPage(n, now = new Date()) {
  const script = `
import { clockText, listText, titleText } from '/demo/upwork-time-text.js';
const N = ${n};
const list = document.querySelector('.rooms-panel-room-list');
const ids = [...list.querySelectorAll('a[data-test="room-list-item"]')].map((a) => a.getAttribute('href').split('/').pop());
// The same times and authors as the served rows, so the first render patches nothing it need not.
const AGO = [20, 180, 1560, 5760, 57600].map((m) => m * 60_000);
const model = ids.map((id, i) => ({ id, i, at: Date.now() - AGO[i % 5], by: i % 3 ? 'client' : 'freelancer', text: 'Message ' + i }));
const el = (tag, attrs = {}, text) => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text !== undefined) e.textContent = text; return e; };
function rowOf(m) {
  const a = el('a', { 'data-test': 'room-list-item', class: 'room-list-item', href: '/ab/messages/rooms/' + m.id });
  const base = el('div', { class: 'room-list-item-base' });
  base.append(el('span', { 'data-test': 'room-name', class: 'room-list-item-base-text item-title' }, 'Client ' + m.i), el('span', { class: 'timestamp text-base-sm' }, listText(new Date(m.at), new Date())));
  a.append(base, el('div', { 'data-test': 'room-topic-or-subtitle', class: 'item-subtitle' }, 'Job ' + m.i), el('div', { class: 'room-list-item-story' }, (m.by === 'freelancer' ? 'You: ' : '') + m.text));
  return a;
}
/** The framework's render: order the model, diff every row's texts, patch what differs. */
function render(changed) {
  const now = new Date();
  model.sort((a, b) => b.at - a.at);
  const rows = new Map([...list.children].map((a) => [a.getAttribute('href').split('/').pop(), a]));
  for (const m of model) {
    const row = rows.get(m.id);
    if (!row) continue;
    if (m === changed) { const fresh = rowOf(m); row.replaceWith(fresh); list.prepend(fresh); continue; }
    const t = row.querySelector('.timestamp');
    const text = listText(new Date(m.at), now);
    if (t.textContent !== text) t.textContent = text;
  }
}
const viewport = el('div', { id: 'story-viewport', class: 'scroll-wrapper custom-scrollbar' });
function story(m, k, by) {
  const d = new Date(m.at - (3 - k) * 60_000);
  const item = el('div', { class: 'up-d-story-item', id: 'story_' + m.i + '_' + k });
  const c = el('div', { 'data-test': 'story-container', class: 'up-d-story' });
  const inner = el('div', { class: 'story-inner top' });
  const header = el('div', { 'data-test': 'story-header', class: 'story-header' });
  header.append(el('span', { class: 'user-name' }, by === 'client' ? 'Client ' + m.i : 'Alex Morgan'), el('span', { class: 'story-timestamp', title: titleText(d) }, clockText(d)));
  const body = el('div', { 'data-test': 'story-message' }); body.append(el('p', {}, 'Text ' + k));
  const msg = el('div', { class: 'story-message' }); msg.append(body);
  inner.append(header, msg); c.append(inner); item.append(c);
  return item;
}
window.bench = {
  change(k, by) {
    const m = model[k % model.length];
    m.at = Date.now(); m.by = by; m.text = 'Change ' + k;
    render(m);
  },
  open(k) {
    const m = model[k % model.length];
    history.pushState({}, '', '/ab/messages/rooms/' + m.id);
    const title = el('div', { 'data-test': 'room-title', class: 'room-title' }, 'Client ' + m.i);
    viewport.replaceChildren(...[0, 1, 2].map((j) => story(m, j, j === 2 ? m.by : j % 2 ? 'freelancer' : 'client')));
    document.querySelector('#pane').replaceChildren(title, viewport);
  },
};
document.documentElement.setAttribute('data-bench-ready', '');
`;
  return roomListPage(n, now).replace('</div></body>', `<div id="pane"></div></div><script type="module">${script}</script></body>`);
}
