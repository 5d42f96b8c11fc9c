// The day's cache of room list time texts must read exactly what a fresh parse reads.
import { afterEach, describe, expect, it } from 'vitest';
import { listTimeAt } from '@/utils/upwork/list-times';
import { parseListTime } from '@/utils/upwork/time-text';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});
function local(tz: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0) {
  process.env.TZ = tz;
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}

describe('room list times kept for the day', () => {
  it('"Yesterday" read again the next day is the day before that one', () => {
    const friday = local('America/New_York', 2026, 11, 20, 16, 0);
    const saturday = local('America/New_York', 2026, 11, 21, 9, 0);
    expect(listTimeAt('Yesterday', friday)).toEqual(parseListTime('Yesterday', friday));
    expect(new Date(listTimeAt('Yesterday', saturday)!.earliest).getDate()).toBe(20);
  });

  it('a clock text of this minute ends now, and later ends with its minute', () => {
    const start = local('America/New_York', 2026, 11, 20, 15, 5);
    const during = start + 30_000;
    expect(listTimeAt('3:05 PM', during)).toEqual({ earliest: start, latest: during });
    expect(listTimeAt('3:05 PM', start + 15 * 60_000)).toEqual({ earliest: start, latest: start + 59_999 });
  });

  it('the same text in another time zone is read in that zone', () => {
    const ny = local('America/New_York', 2026, 11, 20, 16, 0);
    const atNy = listTimeAt('7:57 AM', ny);
    // Same instant, the machine now in London (same local date, 21:00): 7:57 AM there is 5 hours earlier.
    process.env.TZ = 'Europe/London';
    expect(listTimeAt('7:57 AM', ny)).toEqual(parseListTime('7:57 AM', ny));
    expect(listTimeAt('7:57 AM', ny)!.earliest).toBe(atNy!.earliest - 5 * 3_600_000);
  });

  it('what a caller does with a read does not change the next read', () => {
    const now = local('America/New_York', 2026, 11, 20, 16, 0);
    listTimeAt('Yesterday', now)!.earliest = 0;
    expect(listTimeAt('Yesterday', now)).toEqual(parseListTime('Yesterday', now));
  });

  it('unknown texts stay unread', () => {
    const now = local('America/New_York', 2026, 11, 20, 16, 0);
    for (const t of ['', 'Someday', '13/40/26']) expect(listTimeAt(t, now)).toBeNull();
  });
});
