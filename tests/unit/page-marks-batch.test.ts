// Issue 22: PageMarks' work per acknowledgement. A batch reads every row's style before it writes any
// mark (a style read after a write makes the browser recompute the page's styles, once per row), and a
// full answer that repeats unchanged rooms writes nothing. Counted in DOM calls, never in time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MARK, MARK_LABEL, PageMarks } from '@/entrypoints/upwork.content/marks';
import { HOUR } from '@/utils/model/time';
import type { MarkedRoom, ObservationAck } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';

const NOW = Date.UTC(2026, 10, 20, 12);
const id = (n: number) => 'room_' + n.toString(16).padStart(32, '0');

function rows(n: number): Element[] {
  const list = document.createElement('div');
  document.body.replaceChildren(list);
  return Array.from({ length: n }, (_, i) => {
    const a = document.createElement('a');
    a.setAttribute('href', `/ab/messages/rooms/${id(i)}`);
    list.append(a);
    return a;
  });
}
const room = (n: number): MarkedRoom => ({ roomId: id(n), waitingSince: NOW - HOUR, exact: true, contract: 'unknown', snoozedUntil: null });
const ack = (rooms: MarkedRoom[], full: boolean): ObservationAck => ({
  ok: true,
  selfName: null,
  lengths: WINDOWS,
  version: 'v' + rooms.length,
  full,
  awaiting: rooms,
  cleared: [],
});

afterEach(() => vi.restoreAllMocks());

describe('the marks of one acknowledgement', () => {
  it('read every row’s style before writing any mark', () => {
    const els = rows(50);
    const marks = new PageMarks();
    marks.track(els, NOW);
    const order: string[] = [];
    const style = vi.spyOn(window, 'getComputedStyle').mockImplementation(() => {
      order.push('read');
      return { position: 'static' } as CSSStyleDeclaration;
    });
    const realSet = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (this: Element, name: string, value: string) {
      order.push('write');
      return realSet.call(this, name, value);
    });
    marks.apply(
      ack(
        els.map((_, i) => room(i)),
        true,
      ),
      NOW,
    );
    expect(style).toHaveBeenCalledTimes(50);
    expect(order.lastIndexOf('read')).toBeLessThan(order.indexOf('write'));
    expect(els.every((el) => el.getAttribute(MARK) === 'on-time')).toBe(true);
  });

  it('a full answer that repeats the rooms unchanged touches none of their rows', () => {
    const els = rows(20);
    const marks = new PageMarks();
    marks.track(els, NOW);
    const rooms = els.map((_, i) => room(i));
    marks.apply(ack(rooms, true), NOW);
    const label = els[3].getAttribute(MARK_LABEL);
    const set = vi.spyOn(Element.prototype, 'setAttribute');
    const read = vi.spyOn(Element.prototype, 'getAttribute');
    const removed = vi.spyOn(Element.prototype, 'removeAttribute');
    // The worker restarted: it knows no version and sends everything again.
    marks.apply(
      ack(
        rooms.map((r) => ({ ...r })),
        true,
      ),
      NOW,
    );
    expect(set).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(removed).not.toHaveBeenCalled();
    expect(els[3].getAttribute(MARK_LABEL)).toBe(label);
    // A room the full answer leaves out is unmarked.
    marks.apply(ack(rooms.slice(1), true), NOW);
    expect(els[0].hasAttribute(MARK)).toBe(false);
  });
});
