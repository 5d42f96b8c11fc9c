// utils/model/local-days.ts replaces date-fns' addDays, startOfDay and endOfDay in the content
// script and the worker; the tests run in New York (vitest.config.ts), so DST nights are in range.
import { fc, test } from '@fast-check/vitest';
import * as dateFns from 'date-fns';
import { expect } from 'vitest';
import { addDays, endOfDay, startOfDay } from '@/utils/model/local-days';

// 2000..2040, every DST switch in between included.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

test.prop([instant, fc.integer({ min: -800, max: 800 })])(
  '"each returns what date-fns returns": addDays, at any instant, any number of days',
  (t, n) => {
    expect(addDays(t, n).getTime()).toBe(dateFns.addDays(t, n).getTime());
    expect(addDays(new Date(t), n).getTime()).toBe(dateFns.addDays(new Date(t), n).getTime());
  },
);

test.prop([instant])('"each returns what date-fns returns": startOfDay and endOfDay, at any instant', (t) => {
  expect(startOfDay(t).getTime()).toBe(dateFns.startOfDay(t).getTime());
  expect(endOfDay(t).getTime()).toBe(dateFns.endOfDay(t).getTime());
});

test('a DST day in New York is 23 hours long, and its wall time is kept', () => {
  const before = new Date(2026, 2, 7, 12, 0); // Saturday noon, the night before the switch
  const after = addDays(before, 1);
  expect([after.getHours(), after.getDate()]).toEqual([12, 8]);
  expect(after.getTime() - before.getTime()).toBe(23 * 3_600_000);
});
