import { afterEach, describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { resolveStoryTimes } from '@/utils/upwork/story-times';
import { parseClock, parseClockOn, parseDayDivider, parseListTime, parseTitleTime } from '@/utils/upwork/time-text';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});
/** A local wall-clock time in `tz`, as epoch ms (Node re-reads TZ when it changes). */
function local(tz: string, y: number, mo: number, d: number, h = 0, mi = 0) {
  process.env.TZ = tz;
  return new Date(y, mo - 1, d, h, mi).getTime();
}
const H = 3_600_000;

describe('clock texts', () => {
  it.each([
    ['2:07 PM', [14, 7]],
    ['12:00 AM', [0, 0]],
    ['12:30 PM', [12, 30]],
    ['9:05 am', [9, 5]],
    ['13:00 PM', null],
    ['2:7 PM', null],
    ['', null],
  ])('%s', (text, expected) => expect(parseClock(text)).toEqual(expected));
});

describe('title times ("April 20, 2026 at 2:07 PM") to the minute, in local time', () => {
  it('reads a plain afternoon', () => {
    const t = local('America/New_York', 2026, 4, 20, 14, 7);
    expect(parseTitleTime('April 20, 2026 at 2:07 PM')).toEqual({ earliest: t, latest: t + 59_999 });
  });
  it('reads the short month form of a day divider', () => {
    const t = local('Europe/London', 2025, 11, 21, 14, 30);
    expect(parseDayDivider('Nov 21, 2025 at 2:30 PM', t + 1e9)?.earliest).toBe(t);
  });
  it('refuses impossible dates rather than moving them', () => {
    expect(parseTitleTime('February 30, 2026 at 2:07 PM')).toBeNull();
    expect(parseTitleTime('Smarch 3, 2026 at 2:07 PM')).toBeNull();
  });
  it('puts times after the spring-forward gap in the new offset (New York)', () => {
    process.env.TZ = 'America/New_York';
    expect(parseTitleTime('March 8, 2026 at 3:00 AM')?.earliest).toBe(Date.parse('2026-03-08T07:00:00Z'));
    expect(parseTitleTime('March 8, 2026 at 1:59 AM')?.earliest).toBe(Date.parse('2026-03-08T06:59:00Z'));
  });
  it('reads Sydney across its April fall-back', () => {
    process.env.TZ = 'Australia/Sydney';
    expect(parseTitleTime('April 5, 2026 at 4:00 AM')?.earliest).toBe(Date.parse('2026-04-04T18:00:00Z'));
  });
});

describe('room list times, relative to now', () => {
  const now = local('America/New_York', 2026, 11, 20, 16, 0); // a Friday
  it('today: to the minute', () => {
    process.env.TZ = 'America/New_York';
    const t = new Date(2026, 10, 20, 7, 57).getTime();
    expect(parseListTime('7:57 AM', now)).toEqual({ earliest: t, latest: t + 59_999 });
  });
  it('"Yesterday": the whole of yesterday', () => {
    process.env.TZ = 'America/New_York';
    const r = parseListTime('Yesterday', now)!;
    expect(new Date(r.earliest).getDate()).toBe(19);
    expect(r.latest - r.earliest).toBe(24 * H - 1);
  });
  it('a weekday: the latest such day before today', () => {
    process.env.TZ = 'America/New_York';
    expect(new Date(parseListTime('Tuesday', now)!.earliest).getDate()).toBe(17);
    expect(new Date(parseListTime('Friday', now)!.earliest).getDate()).toBe(13);
  });
  it('older: M/D/YY', () => {
    process.env.TZ = 'America/New_York';
    expect(parseListTime('9/22/26', now)!.earliest).toBe(new Date(2026, 8, 22).getTime());
  });
  it('never after the moment it was read', () => {
    process.env.TZ = 'America/New_York';
    expect(parseListTime('11:30 PM', now)).toBeNull();
    expect(parseListTime('4:00 PM', now)!.latest).toBe(now);
  });
  it('unknown texts are not guessed', () => {
    for (const t of ['', 'now', '13/40/26', 'Someday']) expect(parseListTime(t, now)).toBeNull();
  });
  it('"Yesterday" on the day after New York springs forward is 23 hours long', () => {
    const after = local('America/New_York', 2026, 3, 9, 10, 0);
    const r = parseListTime('Yesterday', after)!;
    expect(r.latest + 1 - r.earliest).toBe(23 * H);
  });
  it('"Yesterday" on the day after London falls back is 25 hours long', () => {
    const after = local('Europe/London', 2026, 10, 26, 10, 0);
    const r = parseListTime('Yesterday', after)!;
    expect(r.latest + 1 - r.earliest).toBe(25 * H);
  });
});

describe('day dividers', () => {
  const now = local('America/New_York', 2026, 11, 20, 16, 0);
  it.each([
    ['Today', [2026, 11, 20]],
    ['Yesterday', [2026, 11, 19]],
    ['Monday, Sep 29', [2025, 9, 29]], // the weekday names the year: 29 Sep 2026 is a Tuesday
    ['Monday, Sep 29, 2025', [2025, 9, 29]],
    ['Wednesday, Dec 24', [2025, 12, 24]], // no year and in the future: last year's
  ])('%s', (text, [y, m, d]) => {
    process.env.TZ = 'America/New_York';
    expect(parseDayDivider(text, now)?.earliest).toBe(new Date(y, m - 1, d).getTime());
  });
});

describe('a clock with a time-zone abbreviation ("1:10 PM PDT", seen live in May 2026)', () => {
  it("a known abbreviation is that instant, whatever the browser's zone", () => {
    process.env.TZ = 'Europe/Madrid';
    const t = Date.parse('2026-05-14T20:10:00Z');
    expect(parseClockOn(new Date(2026, 4, 14), '1:10 PM PDT')).toEqual({ earliest: t, latest: t + 59_999 });
    expect(parseTitleTime('May 14, 2026 at 1:10 PM PDT')?.earliest).toBe(t);
    expect(parseClockOn(new Date(2026, 4, 14), '8:10 PM UTC')?.earliest).toBe(t);
    expect(parseClockOn(new Date(2026, 4, 14), '1:40 AM GMT+5:30')?.earliest).toBe(Date.parse('2026-05-13T20:10:00Z'));
  });
  it('an unknown or ambiguous one is a bound (every offset on Earth), never nothing and never a guess', () => {
    process.env.TZ = 'America/New_York';
    const wall = Date.UTC(2026, 4, 14, 13, 10);
    for (const zone of ['IST', 'XYZT']) {
      expect(parseClockOn(new Date(2026, 4, 14), `1:10 PM ${zone}`)).toEqual({ earliest: wall - 14 * H, latest: wall + 12 * H + 59_999 });
    }
  });
  it('a room list time with a zone is read too, and still never after now', () => {
    const now = local('America/New_York', 2026, 5, 14, 17, 0); // 21:00 UTC
    expect(parseListTime('1:10 PM PDT', now)?.earliest).toBe(Date.parse('2026-05-14T20:10:00Z'));
    // 3:10 PM PDT today is still to come (it is 2:00 PM there): the one not in the future is yesterday's.
    expect(parseListTime('3:10 PM PDT', now)?.earliest).toBe(Date.parse('2026-05-13T22:10:00Z'));
  });
  it('what is not a clock stays unread', () => {
    for (const t of ['1:10 PM PDT PDT', 'PDT', '25:10 PM PDT']) expect(parseClockOn(new Date(2026, 4, 14), t)).toBeNull();
  });
});

describe("a zoned clock is on that zone's calendar: today or yesterday there, whichever is not in the future", () => {
  const M = 60_000;
  // The browser's date and the zone's differ at these instants (the earlier tests only used instants where they agree).
  it('Los Angeles at 21:30 PDT reads "12:10 AM EDT" (20 minutes ago, already tomorrow in New York)', () => {
    process.env.TZ = 'America/Los_Angeles';
    const now = Date.parse('2026-05-15T04:30:00Z'); // 21:30 PDT on the 14th, 00:30 EDT on the 15th
    const t = Date.parse('2026-05-15T04:10:00Z');
    expect(parseListTime('12:10 AM EDT', now)).toEqual({ earliest: t, latest: t + 59_999 });
    // The same clock under the conversation's "Today" divider.
    const [own] = resolveStoryTimes([{ title: null, clock: '12:10 AM EDT', divider: 'Today' }], now);
    expect(own).toEqual({ earliest: t, latest: t + 59_999 });
  });
  it('Madrid just after midnight reads "1:10 PM PDT" (two hours ago, still yesterday in Madrid) and keeps it', () => {
    process.env.TZ = 'Europe/Madrid';
    const now = Date.parse('2026-05-14T22:10:00Z'); // 00:10 CEST on the 15th, 15:10 PDT on the 14th
    const t = Date.parse('2026-05-14T20:10:00Z');
    expect(parseListTime('1:10 PM PDT', now)).toEqual({ earliest: t, latest: t + 59_999 });
    const [own] = resolveStoryTimes([{ title: null, clock: '1:10 PM PDT', divider: 'Today' }], now);
    expect(own).toEqual({ earliest: t, latest: t + 59_999 });
  });

  const BROWSERS = [
    'America/Los_Angeles',
    'America/New_York',
    'Europe/Madrid',
    'Asia/Kolkata',
    'Pacific/Auckland',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Australia/Lord_Howe',
    'UTC',
  ];
  const ZONES: [string, number][] = [
    ['PDT', -420],
    ['EDT', -240],
    ['EST', -300],
    ['CEST', 120],
    ['JST', 540],
    ['NZDT', 780],
    ['HST', -600],
    ['UTC', 0],
    ['GMT+5:30', 330],
  ];
  const clockText = (t: number, offset: number) => {
    const there = new Date(t + offset * M);
    const h = there.getUTCHours();
    return `${h % 12 || 12}:${String(there.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  };
  test.prop([
    fc.constantFrom(...BROWSERS),
    fc.constantFrom(...ZONES),
    fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / M, max: Date.parse('2027-12-31T00:00:00Z') / M }),
    fc.integer({ min: 0, max: 24 * 60 - 6 }),
  ])('any browser zone, any zone named, any message of the last day: the minute it was written', (browser, [zone, offset], nowMin, ago) => {
    process.env.TZ = browser;
    const now = nowMin * M;
    const t = now - ago * M;
    const text = `${clockText(t, offset)} ${zone}`;
    expect(parseListTime(text, now)).toEqual({ earliest: t, latest: Math.min(t + M - 1, now) });
  });
});
