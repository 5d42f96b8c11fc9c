// The floor: the least a content script must do for Reply Window's job. It observes the room list and
// the conversation, reads only the rows that changed (id, name, time text, "You:") and the newest
// message's author and time, sends one message per batch, and marks the rows the worker says await.
const ROW = 'a[data-test="room-list-item"]';
const dirty = new Set();
let all = true;
let conversation = true;
let timer = 0;

const idOf = (row) => row.getAttribute('href').split('/').pop();
const text = (el, sel) => el.querySelector(sel)?.textContent.trim() ?? '';
const readRow = (row) => ({
  id: idOf(row),
  name: text(row, '[data-test="room-name"]'),
  time: text(row, '.timestamp'),
  you: text(row, '.room-list-item-story').startsWith('You:'),
});
function newest() {
  const items = document.querySelectorAll('#story-viewport .up-d-story-item');
  const last = items[items.length - 1];
  if (!last) return null;
  return {
    room: location.pathname.split('/').pop(),
    by: text(last, '.user-name'),
    at: last.querySelector('.story-timestamp')?.title ?? '',
  };
}
function read() {
  timer = 0;
  const rows = all ? [...document.querySelectorAll(ROW)] : [...dirty].filter((r) => r.isConnected);
  const msg = { rows: rows.map(readRow), open: conversation ? newest() : null };
  dirty.clear();
  all = conversation = false;
  chrome.runtime.sendMessage(msg).then(mark, () => undefined);
}
/** The worker's answer: [room id, awaits] for each room read. */
function mark(changed) {
  for (const [id, awaits] of changed ?? [])
    document.querySelector(`${ROW}[href$="/${id}"]`)?.toggleAttribute('data-floor-awaiting', awaits);
}
new MutationObserver((records) => {
  for (const r of records) {
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    if (el?.closest('#story-viewport, #pane')) conversation = true;
    const row = el?.closest(ROW);
    if (row) dirty.add(row);
    for (const n of r.addedNodes) if (n.nodeType === 1 && n.matches(ROW)) dirty.add(n);
  }
  timer ||= setTimeout(read, 100);
}).observe(document.body, { childList: true, subtree: true, characterData: true });
timer = setTimeout(read, 0);
