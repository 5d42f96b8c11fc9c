// The settings page's fields: a duration as a number and a unit, stored as minutes (the stored
// format unchanged since the free-text field); reminder times as chips.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkSettings, DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { toMinutes, toNumberAndUnit, UNITS, type DurationUnit } from '@/utils/text/duration-units';
import { addTime, normalTime, removeTime } from '@/utils/text/time-chips';

describe('a duration as number and unit', () => {
  it.each([
    [30, '30', 'min'],
    [180, '3', 'h'],
    [1440, '1', 'd'],
    [360, '6', 'h'],
    [90, '90', 'min'],
    [2880, '2', 'd'],
  ])('%i minutes are shown as %s %s', (minutes, value, unit) => {
    expect(toNumberAndUnit(minutes)).toEqual({ value, unit });
  });

  it('the defaults stored before this page are shown in the new fields', () => {
    const shown = Object.values(DEFAULT_SETTINGS.leadMinutes).map((list) => list.map(toNumberAndUnit));
    expect(shown).toEqual([
      [{ value: '30', unit: 'min' }],
      [{ value: '3', unit: 'h' }],
      [
        { value: '1', unit: 'd' },
        { value: '6', unit: 'h' },
      ],
    ]);
  });

  it('1.5 h is 90 minutes; what is not a number is NaN, and the validator refuses it with the reason', () => {
    expect(toMinutes({ value: '1.5', unit: 'h' })).toBe(90);
    expect(toMinutes({ value: '', unit: 'h' })).toBeNaN();
    expect(toMinutes({ value: 'soon', unit: 'min' })).toBeNaN();
    const checked = checkSettings({ ...DEFAULT_SETTINGS, leadMinutes: { ...DEFAULT_SETTINGS.leadMinutes, expected: [NaN] } });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.errors['leadMinutes.expected']).toBe('Up to three warnings, each from 1 minute to less than the window (1 d).');
  });

  const unit = fc.constantFrom<DurationUnit>(...UNITS);
  test.prop([fc.integer({ min: 1, max: 100_000 }), unit])('number + unit -> stored -> shown is the same duration', (n, u) => {
    const stored = toMinutes({ value: String(n), unit: u });
    const shown = toNumberAndUnit(stored);
    expect(toMinutes(shown)).toBe(stored);
    // Shown as a whole number, in a unit no smaller than the one typed.
    expect(Number.isInteger(Number(shown.value))).toBe(true);
    expect(UNITS.indexOf(shown.unit)).toBeLessThanOrEqual(UNITS.indexOf(u));
  });

  test.prop([fc.integer({ min: 1, max: 10_080 })])('any stored minutes -> shown -> stored is unchanged', (minutes) => {
    expect(toMinutes(toNumberAndUnit(minutes))).toBe(minutes);
  });
});

describe('reminder times as chips', () => {
  it('a time is added once, in the order of the day, as HH:MM', () => {
    expect(addTime(['13:00'], '9:00')).toEqual(['09:00', '13:00']);
    expect(addTime(['09:00', '13:00'], '09:00')).toEqual(['09:00', '13:00']);
    expect(addTime(['09:00'], '17:30:00')).toEqual(['09:00', '17:30']);
    expect(addTime(['09:00'], '25:00')).toEqual(['09:00']);
    expect(addTime([], '')).toEqual([]);
  });
  it('a chip removed is gone, the others kept', () => expect(removeTime(['09:00', '13:00', '17:30'], '13:00')).toEqual(['09:00', '17:30']));
  it('only times of the day are times', () => {
    expect(normalTime('23:59')).toBe('23:59');
    expect(['24:00', '9:60', '0900', ''].map(normalTime)).toEqual([null, null, null, null]);
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { maxLength: 10 })])(
    'any times added give a list the validator accepts (sorted, each once, HH:MM)',
    (hm) => {
      const times = hm.reduce((list, [h, m]) => addTime(list, `${h}:${String(m).padStart(2, '0')}`), [] as string[]);
      expect(times).toEqual([...new Set(times)].sort());
      const checked = checkSettings({ ...DEFAULT_SETTINGS, reminder: { ...DEFAULT_SETTINGS.reminder, times: times.slice(0, 6) } });
      expect(checked.ok).toBe(true);
    },
  );
});
