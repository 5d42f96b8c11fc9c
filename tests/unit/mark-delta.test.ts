// Issue 12: the acknowledgement carries what the page needs to mark, not every awaiting room every time.
import { describe, expect, it } from 'vitest';
import { HOUR } from '@/utils/model/time';
import { MarkHistory } from '@/utils/protocol/mark-delta';
import type { MarkedRoom } from '@/utils/protocol/messages';
import { WINDOWS } from '@/utils/rules/reply-windows';

const room = (n: number, more: Partial<MarkedRoom> = {}): MarkedRoom => ({
  roomId: 'room_' + n.toString(16).padStart(32, '0'),
  waitingSince: n * HOUR,
  exact: true,
  contract: 'unknown',
  snoozedUntil: null,
  ...more,
});
const many = Array.from({ length: 300 }, (_, i) => room(i));

describe('the marks in an acknowledgement', () => {
  it('are every awaiting room the first time, then only what changed', () => {
    const h = new MarkHistory();
    const first = h.marksFor(undefined, many, WINDOWS);
    expect(first.full).toBe(true);
    expect(first.awaiting).toHaveLength(300);
    const same = h.marksFor(first.version, many, WINDOWS);
    expect(same).toEqual({ version: first.version, full: false, awaiting: [], cleared: [] });
    const next = [...many.slice(1), room(400)];
    const delta = h.marksFor(same.version, next, WINDOWS);
    expect(delta.full).toBe(false);
    expect(delta.cleared).toEqual([room(0).roomId]);
    expect(delta.awaiting).toEqual([room(400)]);
  });
  it('carry a changed snooze, contract or precision of a room', () => {
    const h = new MarkHistory();
    const v = h.marksFor(undefined, [room(1)], WINDOWS).version;
    expect(h.marksFor(v, [room(1, { exact: false })], WINDOWS).awaiting).toEqual([room(1, { exact: false })]);
  });
  it('carry agreed terms set on a room, and a push without a version is the whole set', () => {
    const h = new MarkHistory();
    const v = h.marksFor(undefined, [room(1), room(2)], WINDOWS).version;
    const agreed = room(1, { terms: { hours: 4, working: null } });
    const delta = h.marksFor(v, [agreed, room(2)], WINDOWS);
    expect(delta.awaiting).toEqual([agreed]);
    expect(delta.version).not.toBe(v);
    const push = h.marksFor(undefined, [agreed, room(2)], WINDOWS);
    expect(push).toEqual({ version: delta.version, full: true, awaiting: [agreed, room(2)], cleared: [] });
  });
  it('are everything again when the worker does not know the page’s version (it restarted)', () => {
    const page = new MarkHistory().marksFor(undefined, many, WINDOWS).version;
    const restarted = new MarkHistory();
    const ack = restarted.marksFor(page, many.slice(0, 10), WINDOWS);
    expect(ack.full).toBe(true);
    expect(ack.awaiting).toHaveLength(10);
  });
  it('change version when the user’s window lengths change', () => {
    const h = new MarkHistory();
    const a = h.marksFor(undefined, many, WINDOWS).version;
    const b = h.marksFor(a, many, { ...WINDOWS, 'best-practice': HOUR }).version;
    expect(b).not.toBe(a);
  });
});
