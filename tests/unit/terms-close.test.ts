// Agreed working-hours terms always close (issue 20, item 7): a target that no
// working week can reach within a year is refused, with the reason, in the form
// and in the guard; terms stored before that check still get a real deadline.
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { DAY, HOUR } from '@/utils/model/time';
import type { AgreedTerms, WorkingHours } from '@/utils/model/types';
import { replyStatus } from '@/utils/rules/reply-windows';
import { termsDeadline, workingTimeBetween } from '@/utils/rules/working-hours';
import { isTerms, termsProblem } from '@/utils/protocol/invitation-guards';
import { isUserCommand } from '@/utils/protocol/guards';

const since = new Date(2026, 10, 20, 16).getTime(); // Friday 4 PM, New York
const ONE_HOUR_WEEKDAYS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '10:00' };
const never: AgreedTerms = { hours: 336, working: ONE_HOUR_WEEKDAYS };

describe('agreed terms that a working week cannot reach within a year', () => {
  it('336 h in a one-hour weekday span: refused by the guard, with the reason', () => {
    expect(termsProblem(never)).toBe('never');
    expect(isTerms(never)).toBe(false);
    expect(isUserCommand({ type: 'user:terms', roomId: 'room_1', terms: never })).toBe(false);
    // Every day one hour: 336 days, within a year: accepted.
    expect(termsProblem({ hours: 336, working: { ...ONE_HOUR_WEEKDAYS, days: [0, 1, 2, 3, 4, 5, 6] } })).toBeNull();
  });
  it('such terms stored before the check still close: after 336 working hours the room is overdue, not on time', () => {
    const deadline = termsDeadline(since, never);
    expect(Number.isFinite(deadline)).toBe(true);
    expect(workingTimeBetween(since, deadline, ONE_HOUR_WEEKDAYS)).toBe(336 * HOUR);
    expect(replyStatus(since, 'unknown', since + 500 * DAY, undefined, never).state).toBe('overdue');
  });
});

const workingHours = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  start: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
  end: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })),
});
const hhmm = ([h, m]: [number, number]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

test.prop([workingHours, fc.integer({ min: 1, max: 672 }), fc.integer({ min: 0, max: 400 * DAY })], { numRuns: 60 })(
  '"agreed terms always close": accepted terms end after exactly their working hours, within about a year',
  (w, halfHours, offset) => {
    const working = { days: w.days, start: hhmm(w.start), end: hhmm(w.end) };
    fc.pre(working.start !== working.end);
    const terms: AgreedTerms = { hours: halfHours / 2, working };
    fc.pre(termsProblem(terms) === null);
    const from = since + offset;
    const deadline = termsDeadline(from, terms);
    expect(deadline - from).toBeLessThan(400 * DAY);
    expect(workingTimeBetween(from, deadline, working)).toBe(terms.hours * HOUR);
  },
);
