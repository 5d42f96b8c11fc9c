// A Messages page in happy-dom with a PageWatcher on it, a fake worker that marks what the rows say,
// and manual timers; and a counter of the DOM calls the page receives (work is counted, not timed).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageWatcher } from '@/entrypoints/upwork.content/page-watcher';
import { HOUR } from '@/utils/model/time';
import { clockText } from '../demo/upwork-time-text.js';
import type { Observation } from '@/utils/model/types';
import { MarkHistory } from '@/utils/protocol/mark-delta';
import type { MarkedRoom } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';

export const INBOX = 'https://www.upwork.com/ab/messages/rooms/';
export const id = (n: number) => 'room_' + (n + 1).toString(16).padStart(32, '0');

export function rowHtml(n: number, mine: boolean, text = `Message ${n}`): string {
  // This minute, on the test's clock: a fixed "9:15 AM" was in the future before 9:15, and the reader drops it.
  const nowText = clockText(new Date());
  return `<a data-test="room-list-item" class="room-list-item" href="/ab/messages/rooms/${id(n)}"><div class="room-list-item-base"><span data-test="room-name" class="room-list-item-base-text item-title">Client ${n}</span><span class="timestamp text-base-sm">${nowText}</span></div><div data-test="room-topic-or-subtitle" class="item-subtitle">Job ${n}</div><div class="room-list-item-story">${mine ? 'You: ' : ''}${text}</div></a>`;
}

/** A Messages page with `n` mounted rows, a watcher on it, and a worker that marks what the rows say. */
/** `onSend`: called with each observation the watcher sends, before the worker answers it. */
export function setup(n: number, onSend: (obs: Observation) => void = () => undefined) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(INBOX);
  const rows = Array.from({ length: n }, (_, i) => rowHtml(i, i % 3 === 0)).join('');
  const parsed = new DOMParser().parseFromString(
    `<div id="__nuxt"><div data-test="rooms-panel" class="rooms-panel"><div class="rooms-panel-room-list rooms-panel-items">${rows}</div></div></div>`,
    'text/html',
  );
  document.body.replaceChildren(document.importNode(parsed.body.firstElementChild!, true));
  const timers: { at: number; fn: () => void }[] = [];
  let clock = Date.now();
  const ctx = {
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => target.addEventListener(type, fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ at: clock + ms, fn }),
    setInterval: () => 0,
    onInvalidated: () => undefined,
  } as unknown as ContentScriptContext;
  const sent: Observation[] = [];
  const awaiting = new Map<string, MarkedRoom>();
  const history = new MarkHistory();
  const watcher: PageWatcher = new PageWatcher(ctx, document, (obs) => {
    sent.push(obs);
    onSend(obs);
    for (const r of obs.rows) {
      if (r.lastBy === 'client')
        awaiting.set(r.roomId, { roomId: r.roomId, waitingSince: obs.seenAt - HOUR, exact: true, contract: 'unknown', snoozedUntil: null });
      else awaiting.delete(r.roomId);
    }
    const rooms = [...awaiting.values()];
    watcher.onAck({ ok: true, selfName: null, lengths: WINDOWS, ...history.marksFor(watcher.marksVersion, rooms, WINDOWS) });
  });
  /** Lets the MutationObserver deliver, then runs the timers that are due within `ms`. */
  const settle = async (ms = 1_000) => {
    await new Promise((r) => setTimeout(r, 0));
    clock += ms;
    for (let due = timers.filter((t) => t.at <= clock); due.length; due = timers.filter((t) => t.at <= clock)) {
      for (const t of due) timers.splice(timers.indexOf(t), 1);
      for (const t of due) t.fn();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const list = document.querySelector('.rooms-panel-room-list')!;
  /** Upwork's update: the row is replaced by a new element and moved to the top. */
  const change = (k: number, mine: boolean) => {
    const old = list.querySelector(`a[href$="${id(k)}"]`)!;
    const fresh = new DOMParser().parseFromString(rowHtml(k, mine, `Change ${k}`), 'text/html').body.firstElementChild!;
    old.remove();
    list.prepend(document.importNode(fresh, true));
  };
  const row = (k: number) => list.querySelector(`a[href$="${id(k)}"]`)!;
  return { watcher, sent, settle, change, row };
}

/** Counts the calls the page's DOM receives (reads, queries and writes). */
export function countDomCalls() {
  const names = [
    'querySelector',
    'querySelectorAll',
    'closest',
    'matches',
    'getAttribute',
    'setAttribute',
    'hasAttribute',
    'removeAttribute',
    'toggleAttribute',
    'contains',
  ] as const;
  const saved: [object, string, unknown][] = [];
  const count = { calls: 0 };
  for (const proto of [Element.prototype, Node.prototype, Document.prototype]) {
    for (const name of names) {
      const own = Object.getOwnPropertyDescriptor(proto, name);
      if (!own || typeof own.value !== 'function') continue;
      const original = own.value as (...a: unknown[]) => unknown;
      saved.push([proto, name, original]);
      Object.defineProperty(proto, name, {
        ...own,
        value(this: unknown, ...args: unknown[]) {
          count.calls++;
          return original.apply(this, args);
        },
      });
    }
  }
  const restore = () => {
    for (const [proto, name, fn] of saved) Object.defineProperty(proto, name, { value: fn, configurable: true, writable: true });
  };
  return { count, restore };
}
