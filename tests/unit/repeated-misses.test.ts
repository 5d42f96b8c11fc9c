// Issue 14, repeated misses: Upwork escalates repeated 7-day misses, so the
// 7-day warning of a room that already missed says which miss this would be.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '@/utils/model/time';
import type { LogEntry, Thread } from '@/utils/model/types';
import { planNotices } from '@/utils/rules/notify-plan';
import { awaitingRooms } from '@/utils/rules/reply-windows';
import { missesByRoom, missesRows } from '@/utils/rules/repeated-misses';
import { DEFAULT_SETTINGS, windowLengths } from '@/utils/rules/settings';
import { emptyThread } from '@/utils/rules/threads';

const ROOM = 'room_' + 'a'.repeat(32);
const OTHER = 'room_' + 'b'.repeat(32);
const NOW = Date.UTC(2026, 10, 20, 14, 0);
const answer = (roomId: string, clientAt: number, waitedMs: number, more: Partial<LogEntry> = {}): LogEntry => ({
  id: `${roomId}|${clientAt + waitedMs}`,
  roomId,
  kind: 'reply',
  clientAt,
  clientExact: true,
  replyAt: clientAt + waitedMs,
  replyExact: true,
  contract: true,
  ...more,
});

describe('7-day misses per room in 90 days', () => {
  it('counts contract answers that came 7 days or more after the message, missed within the last 90 days', () => {
    const log = [
      answer(ROOM, NOW - 30 * DAY, 8 * DAY),
      answer(ROOM, NOW - 60 * DAY, 7 * DAY),
      answer(ROOM, NOW - 20 * DAY, 7 * DAY - HOUR), // in time
      answer(ROOM, NOW - 100 * DAY, 8 * DAY), // missed 93 days ago
      answer(ROOM, NOW - 40 * DAY, 9 * DAY, { contract: false }), // no contract: no policy
      answer(ROOM, NOW - 50 * DAY, 9 * DAY, { kind: 'no-reply-needed' }), // the user said none was needed
      answer(OTHER, NOW - 10 * DAY, 8 * DAY),
    ];
    expect(missesByRoom(log, NOW)).toEqual(
      new Map([
        [ROOM, 2],
        [OTHER, 1],
      ]),
    );
  });
});

describe('the 7-day warning of a room that missed before', () => {
  const since = NOW - 6 * DAY; // the first 7-day warning (1 day before) is due now
  const thread: Thread = {
    ...emptyThread(ROOM, since),
    name: 'Dana',
    contract: 'active',
    last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
    waitingSince: since,
    exact: true,
  };
  const plan = (misses: Map<string, number>) => {
    const lengths = windowLengths(DEFAULT_SETTINGS);
    const rooms = awaitingRooms([thread], NOW, lengths);
    return planNotices({ rooms, settings: DEFAULT_SETTINGS, lengths, done: new Map(), now: NOW, clock: () => '14:00', misses });
  };
  const policyLine = (misses: Map<string, number>) =>
    plan(misses)
      .show.flatMap((n) => n.lines)
      .find((l) => l.includes('7-day'));

  it('says nothing more for a first miss', () => {
    expect(policyLine(new Map())).not.toContain('miss no.');
  });
  it('from the second miss in 90 days, says so with the count', () => {
    expect(policyLine(new Map([[ROOM, 1]]))).toContain('This would be miss no. 2 with this client in 90 days');
    expect(policyLine(new Map([[ROOM, 3]]))).toContain('miss no. 4');
  });
  it('another room’s misses do not count for this one', () => {
    expect(policyLine(new Map([[OTHER, 2]]))).not.toContain('miss no.');
  });
});

describe('the stats list of misses', () => {
  it('lists the rooms with most misses first, by the client’s name, and keeps a room no longer stored', () => {
    const misses = new Map([
      [OTHER, 1],
      [ROOM, 2],
      ['room_' + 'c'.repeat(32), 1],
    ]);
    const rows = missesRows(
      misses,
      new Map([
        [ROOM, 'Dana'],
        [OTHER, 'Ann'],
      ]),
    );
    expect(rows.map((r) => [r.name, r.misses])).toEqual([
      ['Dana', 2],
      ['Ann', 1],
      [null, 1],
    ]);
  });
});
