import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { awaitingRooms } from '@/utils/rules/reply-windows';
import { dismissRoom, snoozeRoom, tagContract, undoDismiss } from '@/utils/rules/room-actions';
import { emptyThread, mergeObservation } from '@/utils/rules/threads';
import type { Observation, Thread } from '@/utils/model/types';

const ROOM = 'room_' + 'd'.repeat(32);
const T = Date.UTC(2026, 10, 20, 12);
const minute = (t: number) => ({ earliest: t, latest: t + 59_999 });
const clientAt = (t: number, seenAt = t + 1000): Observation => ({
  seenAt,
  layout: 'ok',
  missing: [],
  rows: [{ roomId: ROOM, name: 'Ana', title: 'Logo', lastBy: 'client', lastAt: minute(t) }],
  open: null,
  selfName: null,
});
const merge = (t: Thread, o: Observation) => mergeObservation(new Map([[t.roomId, t]]), o)[0] ?? t;
const start = mergeObservation(new Map(), clientAt(T))[0];
const awaiting = (t: Thread, now: number) => awaitingRooms([t], now);

describe('snooze', () => {
  it('keeps the real deadline and leaves the room awaiting, marked snoozed until the snooze ends', () => {
    const t = snoozeRoom(start, T + 3 * HOUR, T + HOUR)!;
    const [r] = awaiting(t, T + HOUR);
    expect(r.snoozedUntil).toBe(T + 3 * HOUR);
    expect(r.status.deadline).toBe(T + 2 * HOUR);
    expect(awaiting(t, T + 3 * HOUR)[0].snoozedUntil).toBeNull();
  });
  it('ends when the client writes again', () => {
    const t = merge(snoozeRoom(start, T + 3 * HOUR, T + HOUR)!, clientAt(T + 2 * HOUR));
    expect(awaiting(t, T + 2 * HOUR)[0].snoozedUntil).toBeNull();
  });
});

describe('"a snooze or a dismissal ends only on a new client message"', () => {
  // The list said "Yesterday": the message is known to the day. Reads that narrow it name the same message.
  const dayStart = T - DAY;
  const yesterday: Observation = { ...clientAt(T), rows: [{ ...clientAt(T).rows[0], lastAt: { earliest: dayStart, latest: T - 1 } }] };
  const byDay = mergeObservation(new Map(), yesterday)[0];
  const minuteIn = fc.integer({ min: 0, max: DAY / MINUTE - 1 }).map((m) => dayStart + m * MINUTE);
  test.prop([minuteIn])('a snooze outlives a more precise time for the same message', (at) => {
    const snoozed = snoozeRoom(byDay, T + 3 * HOUR, T + HOUR)!;
    const narrowed = merge(snoozed, clientAt(at, T + 2 * HOUR));
    expect(narrowed.waitingSince).not.toBeNull();
    expect(awaiting(narrowed, T + 2 * HOUR)[0].snoozedUntil).toBe(T + 3 * HOUR);
  });
  test.prop([minuteIn])('a dismissal outlives a more precise time for the same message', (at) => {
    const dismissed = merge(dismissRoom(byDay, T + HOUR)!, clientAt(at, T + 2 * HOUR));
    expect(awaiting(dismissed, T + 2 * HOUR)).toEqual([]);
  });
  it('a new client message in the same minute ends the snooze', () => {
    const conversation = (ids: string[]): Observation => ({
      ...clientAt(T, T + 2 * HOUR),
      rows: [],
      open: {
        roomId: ROOM,
        name: 'Ana',
        title: 'Logo',
        contract: 'unknown',
        messages: ids.map((id) => ({ id, side: 'client' as const, at: minute(T) })),
      },
    });
    const read = merge(start, { ...conversation(['m1']), seenAt: T + 1000 });
    const snoozed = snoozeRoom(read, T + 3 * HOUR, T + HOUR)!;
    const later = merge(snoozed, conversation(['m1', 'm2']));
    expect(awaiting(later, T + 2 * HOUR)[0].snoozedUntil).toBeNull();
  });
});

describe('no reply needed', () => {
  const dismissed = dismissRoom(start, T + HOUR)!;
  it('stops the room awaiting, even when the same message is read again', () => {
    expect(awaiting(dismissed, T + HOUR)).toEqual([]);
    expect(awaiting(merge(dismissed, clientAt(T, T + 2 * HOUR)), T + 2 * HOUR)).toEqual([]);
  });
  it('can be undone', () => {
    expect(awaiting(undoDismiss(dismissed, T + HOUR)!, T + HOUR)[0].thread.waitingSince).toBe(T);
  });
  it('the client writing again starts a new wait at the new message', () => {
    const t = merge(dismissed, clientAt(T + 5 * HOUR));
    expect(awaiting(t, T + 5 * HOUR)[0].thread.waitingSince).toBe(T + 5 * HOUR);
    expect(undoDismiss(t, T + 5 * HOUR)).toBeNull();
  });
  it('does not apply to a room that awaits nothing', () => {
    expect(dismissRoom(emptyThread(ROOM, T), T)).toBeNull();
  });
});

describe('contract tag', () => {
  it('switches the 7-day window on, and off, over what the page showed', () => {
    const at = T + 3 * 24 * HOUR;
    expect(awaiting(start, at)[0].status.state).toBe('overdue');
    expect(awaiting(tagContract(start, 'active', at), at)[0].status.open).toBe('policy');
    const detected = { ...start, contract: 'active' as const };
    expect(awaiting(tagContract(detected, 'none', at), at)[0].status.open).toBeNull();
  });
});
