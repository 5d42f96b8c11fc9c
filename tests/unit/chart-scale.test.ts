// Issue 14: the weekly chart has an hour scale with the tag's bands.
import { describe, expect, it } from 'vitest';
import { hourScale, hoursText } from '@/components/chart-scale';
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
