// The night the clocks go back (issue 20, item 1): a wall time the repeated
// hour makes ambiguous is a range covering both occurrences, and order is not
// decided by two such times. Vitest runs in America/New_York (1 Nov 2026).
import { afterEach, describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { format } from 'date-fns';
import type { Observation, RoomRow, Thread } from '@/utils/model/types';
import { mergeObservation } from '@/utils/rules/threads';
import { parseListTime, parseTitleTime } from '@/utils/upwork/time-text';
import { chronological, type OrderedStory } from '@/utils/upwork/story-order';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});
const M = 60_000;
const H = 60 * M;
const EDT_0150 = Date.parse('2026-11-01T05:50:00Z'); // 1:50 AM EDT, first pass of the hour
const EST_0110 = Date.parse('2026-11-01T06:10:00Z'); // 1:10 AM EST, second pass, twenty minutes later

describe('an ambiguous wall time covers both of its moments', () => {
  it('"November 1, 2026 at 1:10 AM" in New York is 1:10 EDT to 1:10 EST', () => {
    process.env.TZ = 'America/New_York';
    expect(parseTitleTime('November 1, 2026 at 1:10 AM')).toEqual({ earliest: EST_0110 - H, latest: EST_0110 + M - 1 });
    expect(parseListTime('1:10 AM', EST_0110 + 2 * M)).toEqual({ earliest: EST_0110 - H, latest: EST_0110 + M - 1 });
    // Outside the repeated hour a time stays one minute.
    expect(parseTitleTime('November 1, 2026 at 2:10 AM')).toEqual({ earliest: EST_0110 + H, latest: EST_0110 + H + M - 1 });
  });

  /** Where the offset grows (the clocks go back) in `zone` during 2026. */
  function fallBacks(zone: string): number[] {
    process.env.TZ = zone;
    const out: number[] = [];
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 30 * M)
      if (new Date(t + 30 * M).getTimezoneOffset() > new Date(t).getTimezoneOffset()) out.push(t + 30 * M);
    return out;
  }
  const ZONES = [
    'America/New_York',
    'America/Los_Angeles',
    'Europe/London',
    'Europe/Madrid',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Pacific/Auckland',
  ];
  const NIGHTS = ZONES.flatMap((zone) => fallBacks(zone).map((at) => [zone, at] as const));

  it('the zones tested have such a night', () => expect(new Set(NIGHTS.map(([z]) => z)).size).toBe(ZONES.length));

  test.prop([fc.constantFrom(...NIGHTS), fc.integer({ min: -3 * 60, max: 3 * 60 })])(
    'any zone, any DST night, any minute near it: the title read contains the moment it names',
    ([zone, at], minutes) => {
      process.env.TZ = zone;
      const t = at + minutes * M;
      const range = parseTitleTime(format(t, "MMMM d, yyyy 'at' h:mm a"))!;
      expect(range.earliest).toBeLessThanOrEqual(t);
      expect(range.latest).toBeGreaterThanOrEqual(t + M - 1);
      // Never wider than the repeated hour (two on no zone in use, one or half on most).
      expect(range.latest - range.earliest).toBeLessThan(2 * H + M);
    },
  );
});

const ROOM = 'room_' + 'a'.repeat(32);
const row = (lastBy: RoomRow['lastBy'], text: string, seenAt: number): RoomRow => ({
  roomId: ROOM,
  name: 'James Blue',
  title: 'Shopify fixes',
  lastBy,
  lastAt: parseListTime(text, seenAt),
});
const read = (seenAt: number, r: RoomRow): Observation => ({ seenAt, layout: 'ok', missing: [], rows: [r], open: null, selfName: null });
function run(...observations: Observation[]): Thread {
  const stored = new Map<string, Thread>();
  for (const o of observations) for (const t of mergeObservation(stored, o)) stored.set(t.roomId, t);
  return stored.get(ROOM)!;
}

describe('a reply in the repeated hour ends the wait', () => {
  process.env.TZ = 'America/New_York';
  const client = read(EDT_0150 + 5 * M, row('client', '1:50 AM', EDT_0150 + 5 * M));
  const reply = read(EST_0110 + 2 * M, row('freelancer', '1:10 AM', EST_0110 + 2 * M));
  it('client at 1:50 AM EDT, reply at 1:10 AM EST: answered, in either order the reads arrive', () => {
    process.env.TZ = 'America/New_York';
    expect(run(client, reply)).toMatchObject({ last: { by: 'freelancer' }, waitingSince: null });
    expect(run(reply, client)).toMatchObject({ last: { by: 'freelancer' }, waitingSince: null });
  });
  it('freelancer at 1:50 AM EDT, client at 1:10 AM EST: the client waits', () => {
    process.env.TZ = 'America/New_York';
    const earlier = read(EDT_0150 + 5 * M, row('freelancer', '1:50 AM', EDT_0150 + 5 * M));
    const later = read(EST_0110 + 2 * M, row('client', '1:10 AM', EST_0110 + 2 * M));
    expect(run(earlier, later)).toMatchObject({ last: { by: 'client' } });
    expect(run(later, earlier)).toMatchObject({ last: { by: 'client' } });
    expect(run(earlier, later).waitingSince).toBeLessThanOrEqual(EST_0110);
  });
});

const story = (author: string, title: string): OrderedStory => ({ author, header: true, title, clock: null, divider: null });

describe('the open room: two times the repeated hour makes ambiguous do not decide the order', () => {
  it('client at 1:50 AM EDT then reply at 1:10 AM EST: the client is never made the last writer', () => {
    process.env.TZ = 'America/New_York';
    const written = [story('James Blue', 'November 1, 2026 at 1:50 AM'), story('Me', 'November 1, 2026 at 1:10 AM')];
    for (const dom of [written, [...written].reverse()]) expect(chronological(dom, EST_0110 + 5 * M)?.at(-1)?.author ?? 'Me').toBe('Me');
  });
  it('with an earlier message that does decide, the order it gives stands, either way the page holds them', () => {
    process.env.TZ = 'America/New_York';
    const written = [
      story('James Blue', 'October 31, 2026 at 11:00 PM'),
      story('James Blue', 'November 1, 2026 at 1:50 AM'),
      story('Me', 'November 1, 2026 at 1:10 AM'),
    ];
    expect(chronological(written, EST_0110 + 5 * M)).toEqual(written);
    expect(chronological([...written].reverse(), EST_0110 + 5 * M)).toEqual(written);
  });
});
