// Issue 14: the weekly chart has an hour scale with the tag's bands.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { hourScale, hoursText, readableTicks } from '@/components/chart-scale';
import { HOUR } from '@/utils/model/time';

describe('the weekly chart’s hour scale', () => {
  it('tops at the first band edge above the highest bar, with every band edge below as a tick', () => {
    const s = hourScale(5 * HOUR);
    expect(s.top).toBe(8 * HOUR);
    expect(s.ticks.map(hoursText)).toEqual(['4 h', '8 h']);
    expect(s.bands.map((b) => b.label)).toEqual(['0-4 h', '4-8 h']);
  });
  it('past 24 h, tops at the next whole day and shows the 24 h+ band up to it', () => {
    const s = hourScale(30 * HOUR);
    expect(s.ticks.map(hoursText)).toEqual(['4 h', '8 h', '12 h', '24 h', '48 h']);
    expect(s.bands.at(-1)).toEqual({ label: '24 h+', from: 24 * HOUR, to: 48 * HOUR });
  });
});

describe('the weekly chart’s readable ticks', () => {
  const px = (top: number, height: number) => (ms: number) => (height * ms) / top;
  it('keeps every band edge when there is room, and drops the crowded low ones on a tall scale', () => {
    const low = hourScale(24 * HOUR);
    expect(readableTicks(low.ticks, px(low.top, 154), 14).map(hoursText)).toEqual(['4 h', '8 h', '12 h', '24 h']);
    const tall = hourScale(200 * HOUR);
    expect(readableTicks(tall.ticks, px(tall.top, 154), 14).map(hoursText)).toEqual(['4 h', '24 h', '216 h']);
  });
  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 40, max: 300 })])(
    'no two kept ticks are closer than the gap, and the top tick is always kept',
    (hours, height) => {
      const s = hourScale(hours * HOUR);
      const y = px(s.top, height);
      const kept = readableTicks(s.ticks, y, 14);
      expect(kept.at(-1)).toBe(s.ticks.at(-1));
      for (let i = 1; i < kept.length; i++) expect(y(kept[i]) - y(kept[i - 1])).toBeGreaterThanOrEqual(14);
    },
  );
});
