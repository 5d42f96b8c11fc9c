// A snooze says until when, and whether the room's open window closes meanwhile (issue 21).
import { describe, expect, it } from 'vitest';
import { passedWindow, snoozeText } from '@/components/snooze-text';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { awaitingRooms, WINDOWS } from '@/utils/rules/reply-windows';
import { emptyThread } from '@/utils/rules/threads';

const NOW = new Date(2026, 10, 20, 7, 12).getTime(); // local time: the text is local
const room = (waited: number) => {
  const t: Thread = {
    ...emptyThread('room_' + 'a'.repeat(32), NOW),
    name: 'Daniel',
    last: { by: 'client', at: { earliest: NOW - waited, latest: NOW - waited }, seenAt: NOW },
    waitingSince: NOW - waited,
    exact: true,
  };
  return awaitingRooms([t], NOW)[0];
};

describe('a snooze’s words', () => {
  it('say when a 1-hour snooze passes a room’s open window (14 minutes left of the 2-hour one)', () => {
    const r = room(106 * MINUTE);
    expect(passedWindow(r, NOW + HOUR, WINDOWS)).toBe('2-hour');
    expect(snoozeText(r, NOW + HOUR, WINDOWS, NOW)).toMatch(/^until 8:12\s?AM · passes the 2-hour window$/);
  });
  it('say nothing of a window that stays open past the snooze', () => {
    const r = room(10 * MINUTE);
    expect(passedWindow(r, NOW + HOUR, WINDOWS)).toBeNull();
    expect(snoozeText(r, NOW + HOUR, WINDOWS, NOW)).toMatch(/^until 8:12\s?AM$/);
  });
  it('name the day when the snooze ends on another one', () => {
    const r = room(3 * HOUR);
    expect(snoozeText(r, NOW + 26 * HOUR, WINDOWS, NOW)).toMatch(/^until Sat 9:12\s?AM · passes the 24-hour window$/);
  });
  it('never pass a window already missed', () => {
    expect(passedWindow(room(30 * HOUR), NOW + 10 * HOUR, WINDOWS)).toBeNull();
  });
});
