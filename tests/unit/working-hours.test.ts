// Agreed terms: working-hours arithmetic in local time (vitest runs in
// America/New_York, which changes clocks on 8 Mar and 1 Nov 2026), and the
// agreed window replacing the 2- and 24-hour ones while the 7-day policy stays.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { AgreedTerms, WorkingHours } from '@/utils/model/types';
import { replyStatus } from '@/utils/rules/reply-windows';
import { addWorkingTime, termsDeadline, workingTimeBetween } from '@/utils/rules/working-hours';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const WEEKDAYS_9_18: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const NIGHTS: WorkingHours = { days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '06:00' };

describe('working time', () => {
  it('within one span', () => expect(addWorkingTime(local(2026, 11, 18, 10), 4 * HOUR, WEEKDAYS_9_18)).toBe(local(2026, 11, 18, 14)));
  it('a message after hours waits for the next morning', () =>
    expect(addWorkingTime(local(2026, 11, 18, 20), 4 * HOUR, WEEKDAYS_9_18)).toBe(local(2026, 11, 19, 13)));
  it('Friday afternoon runs into Monday: the weekend does not count', () =>
    expect(addWorkingTime(local(2026, 11, 20, 16), 4 * HOUR, WEEKDAYS_9_18)).toBe(local(2026, 11, 23, 11)));
  it('"one business day" (9 working hours) from Saturday is Monday 18:00', () =>
    expect(addWorkingTime(local(2026, 11, 21, 12), 9 * HOUR, WEEKDAYS_9_18)).toBe(local(2026, 11, 23, 18)));
  it('ending exactly at the end of a span stays in that span', () =>
    expect(addWorkingTime(local(2026, 11, 18, 9), 9 * HOUR, WEEKDAYS_9_18)).toBe(local(2026, 11, 18, 18)));
  it('overnight hours (end before start) run across midnight, including a span begun the day before', () => {
    expect(addWorkingTime(local(2026, 11, 18, 23), 2 * HOUR, NIGHTS)).toBe(local(2026, 11, 19, 1));
    expect(addWorkingTime(local(2026, 11, 19, 3), 4 * HOUR, NIGHTS)).toBe(local(2026, 11, 19, 23));
  });
  it('the spring-forward night is an hour shorter in real time (8 Mar 2026, New York)', () => {
    // 22:00 Sat 7 Mar to 06:00 Sun 8 Mar is 7 real hours: 2:00 does not exist.
    expect(workingTimeBetween(local(2026, 3, 7, 22), local(2026, 3, 8, 6), NIGHTS)).toBe(7 * HOUR);
    expect(addWorkingTime(local(2026, 3, 7, 22), 8 * HOUR, NIGHTS)).toBe(local(2026, 3, 8, 23));
  });
  it('the fall-back night is an hour longer in real time (1 Nov 2026, New York)', () => {
    expect(workingTimeBetween(local(2026, 10, 31, 22), local(2026, 11, 1, 6), NIGHTS)).toBe(9 * HOUR);
    expect(addWorkingTime(local(2026, 10, 31, 22), 9 * HOUR, NIGHTS)).toBe(local(2026, 11, 1, 6));
  });
  it('a 9:00-18:00 day on a DST change is still 9 hours of wall clock', () => {
    const SUNDAYS: WorkingHours = { days: [0], start: '09:00', end: '18:00' };
    expect(workingTimeBetween(local(2026, 3, 8), local(2026, 3, 9), SUNDAYS)).toBe(9 * HOUR);
    expect(addWorkingTime(local(2026, 3, 8, 0), 9 * HOUR, SUNDAYS)).toBe(local(2026, 3, 8, 18));
  });
});

describe('agreed terms replace the 2- and 24-hour windows', () => {
  const since = local(2026, 11, 20, 16); // Friday 4 PM
  const terms: AgreedTerms = { hours: 4, working: WEEKDAYS_9_18 };
  it('the room stays on time past 2 hours, until the agreed working-hours target', () => {
    const s = replyStatus(since, 'unknown', since + 3 * HOUR, undefined, terms);
    expect(s).toMatchObject({ state: 'on-time', open: 'expected', deadline: local(2026, 11, 23, 11), terms });
    expect(replyStatus(since, 'unknown', local(2026, 11, 23, 11), undefined, terms).state).toBe('overdue');
  });
  it('plain hours count in real time', () => expect(termsDeadline(since, { hours: 0.5, working: null })).toBe(since + 30 * MINUTE));
  it("Upwork's 7-day policy stays in real time on a contract: no agreement suspends it", () => {
    const long: AgreedTerms = { hours: 14 * 24, working: null };
    expect(replyStatus(since, 'active', since + 7 * 24 * HOUR, undefined, long)).toMatchObject({ state: 'breach', open: 'expected' });
    const weekdays: AgreedTerms = { hours: 200, working: WEEKDAYS_9_18 };
    expect(replyStatus(since, 'active', since + 7 * 24 * HOUR - 1, undefined, weekdays)).toMatchObject({ open: 'policy' });
  });
});
