import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { awaitingRooms, nextChangeAt, replyStatus, WINDOWS, worstState } from '@/utils/rules/reply-windows';
import { statusText } from '@/utils/text/format';
import { emptyThread } from '@/utils/rules/threads';
import type { Contract, Thread } from '@/utils/model/types';

const T0 = Date.UTC(2026, 10, 20, 15, 0); // any instant: the rules are durations of wall-clock time

describe('reply state by time waited', () => {
  const cases: [string, number, Contract, string, string | null][] = [
    // waited, contract, state, open window
    ['just written', 0, 'unknown', 'on-time', 'best-practice'],
    ['1 h 59 m', 2 * HOUR - MINUTE, 'unknown', 'on-time', 'best-practice'],
    ['exactly 2 h', 2 * HOUR, 'unknown', 'late', 'expected'],
    ['23 h 59 m', DAY - MINUTE, 'active', 'late', 'expected'],
    ['exactly 24 h', DAY, 'unknown', 'overdue', null],
    ['24 h on a contract', DAY, 'active', 'overdue', 'policy'],
    ['6 d 23 h on a contract', 7 * DAY - HOUR, 'active', 'overdue', 'policy'],
    ['exactly 7 d on a contract', 7 * DAY, 'active', 'breach', null],
    ['30 d without a contract', 30 * DAY, 'unknown', 'overdue', null],
    ['8 d on an ended contract', 8 * DAY, 'ended', 'overdue', null],
  ];
  it.each(cases)('%s', (_, waited, contract, state, open) => {
    const s = replyStatus(T0, contract, T0 + waited);
    expect(s.state).toBe(state);
    expect(s.open).toBe(open);
  });
});

describe('what the popup says', () => {
  it('counts down the open window', () => {
    expect(statusText(replyStatus(T0, 'unknown', T0 + 48 * MINUTE), T0 + 48 * MINUTE, WINDOWS)).toBe('1 h 12 m left of the 2-hour window');
  });
  it('says how long ago the last window closed', () => {
    expect(statusText(replyStatus(T0, 'unknown', T0 + 27 * HOUR), T0 + 27 * HOUR, WINDOWS)).toBe('24-hour window missed 3 h ago');
  });
  it('counts the 7-day policy on a contract', () => {
    expect(statusText(replyStatus(T0, 'active', T0 + 2 * DAY), T0 + 2 * DAY, WINDOWS)).toBe('5 d left of the 7-day window');
  });
});

describe('daylight saving does not stretch a window', () => {
  // Upwork's clock is wall-clock time: 24 h are 24 real hours even on a 23-hour day.
  const zones = [
    ['America/New_York', '2026-03-08T01:30:00-05:00'],
    ['Europe/London', '2026-10-25T00:30:00+01:00'],
  ];
  it.each(zones)('%s', (_, iso) => {
    const start = Date.parse(iso);
    const s = replyStatus(start, 'unknown', start + HOUR);
    expect(s.deadline - start).toBe(2 * HOUR);
    expect(replyStatus(start, 'unknown', start + DAY - 1).state).toBe('late');
    expect(replyStatus(start, 'unknown', start + DAY).state).toBe('overdue');
  });
});

function waiting(id: string, since: number, contract: Contract = 'unknown'): Thread {
  return {
    ...emptyThread(id, since),
    contract,
    last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
    waitingSince: since,
    exact: true,
  };
}

describe('rooms, worst state and the next change', () => {
  const now = T0 + 10 * DAY;
  const threads: Thread[] = [
    waiting('room_a', now - 30 * MINUTE),
    waiting('room_b', now - 3 * HOUR),
    waiting('room_c', now - 8 * DAY, 'active'),
    { ...emptyThread('room_d', now), last: { by: 'freelancer', at: { earliest: now, latest: now }, seenAt: now } },
  ];
  it('lists only rooms awaiting a reply, soonest deadline first (missed ones first)', () => {
    expect(awaitingRooms(threads, now).map((r) => r.thread.roomId)).toEqual(['room_c', 'room_a', 'room_b']);
  });
  it('colours by the worst state', () => {
    expect(worstState(awaitingRooms(threads, now).map((r) => r.status.state))).toBe('breach');
    expect(worstState([])).toBeNull();
  });
  it('wakes at the first window that closes next', () => {
    expect(nextChangeAt(awaitingRooms(threads, now))).toBe(now + 90 * MINUTE);
  });
});
