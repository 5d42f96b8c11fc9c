import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { headline, nextPeriod, periodFrom, STATS_PERIODS, weeksWithReplies } from '@/utils/rules/stats-headline';
import { weeklyMedians } from '@/utils/rules/stats';
import type { LogEntry } from '@/utils/model/types';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const NOW = Date.UTC(2026, 10, 20, 12);
const entry = (replyAgo: number, response: number, i: number, kind: LogEntry['kind'] = 'reply'): LogEntry => ({
  id: `room_${i}|${NOW - replyAgo}`,
  roomId: `room_${i}`,
  kind,
  clientAt: NOW - replyAgo - response,
  clientExact: true,
  replyAt: NOW - replyAgo,
  replyExact: true,
  contract: false,
});
/** Any log: replies up to 120 days old (some in the future, which no period counts), any response time up to 10 days. */
const logArb = fc
  .array(fc.tuple(fc.integer({ min: -D, max: 120 * D }), fc.integer({ min: 0, max: 10 * D }), fc.boolean()), { maxLength: 40 })
  .map((xs) => xs.map(([ago, r, noReply], i) => entry(ago, r, i, noReply ? 'no-reply-needed' : 'reply')));

describe('the three headline figures', () => {
  it('a known log: median, share within 2 h and 24-hour misses differ by period', () => {
    const log = [entry(1 * D, 30 * MIN, 0), entry(2 * D, 3 * H, 1), entry(10 * D, 30 * H, 2), entry(40 * D, 90 * MIN, 3)];
    expect(headline(log, 7, NOW)).toMatchObject({ replies: 2, medianMs: 105 * MIN, within2h: 0.5, missed24h: 0 });
    expect(headline(log, 30, NOW)).toMatchObject({ replies: 3, medianMs: 3 * H, within2h: 1 / 3, missed24h: 1 });
    expect(headline(log, 90, NOW)).toMatchObject({ replies: 4, medianMs: (90 * MIN + 3 * H) / 2, within2h: 0.5, missed24h: 1 });
  });

  it('no reply in the period: no median, no share, no misses (not 0 %)', () => {
    expect(headline([entry(20 * D, H, 0), entry(1 * D, H, 1, 'no-reply-needed')], 7, NOW)).toMatchObject({
      replies: 0,
      medianMs: null,
      within2h: null,
      missed24h: 0,
    });
  });

  test.prop([logArb, fc.constantFrom(...STATS_PERIODS)])(
    '"a period\'s figures count only replies of that period": dropping every reply outside it changes nothing',
    (log, days) => {
      const inside = log.filter((e) => e.replyAt > NOW - days * D && e.replyAt <= NOW);
      expect(headline(log, days, NOW)).toEqual(headline(inside, days, NOW));
    },
  );

  test.prop([logArb, fc.constantFrom(...STATS_PERIODS)])(
    'the share within 2 h is in [0, 1] and the misses never exceed the replies',
    (log, days) => {
      const h = headline(log, days, NOW);
      if (h.within2h !== null) expect(h.within2h).toBeGreaterThanOrEqual(0);
      if (h.within2h !== null) expect(h.within2h).toBeLessThanOrEqual(1);
      expect(h.missed24h).toBeLessThanOrEqual(h.replies);
      expect(h.within2h === null).toBe(h.replies === 0);
    },
  );

  test.prop([logArb])('a longer period never counts fewer replies or fewer 24-hour misses', (log) => {
    const [a, b, c] = STATS_PERIODS.map((d) => headline(log, d, NOW));
    expect(a.replies).toBeLessThanOrEqual(b.replies);
    expect(b.replies).toBeLessThanOrEqual(c.replies);
    expect(a.missed24h).toBeLessThanOrEqual(b.missed24h);
    expect(b.missed24h).toBeLessThanOrEqual(c.missed24h);
  });
});

describe('the period switch', () => {
  it('reads back a stored choice, and anything else as 7 days', () => {
    expect(periodFrom('30')).toBe(30);
    expect(periodFrom('90')).toBe(90);
    for (const bad of [null, undefined, '', '14', '30 ', 'abc']) expect(periodFrom(bad)).toBe(7);
  });
  it('arrow keys move through 7, 30, 90 and wrap', () => {
    expect([nextPeriod(7, 1), nextPeriod(30, 1), nextPeriod(90, 1)]).toEqual([30, 90, 7]);
    expect([nextPeriod(7, -1), nextPeriod(30, -1), nextPeriod(90, -1)]).toEqual([90, 7, 30]);
  });
});

describe('the weekly chart waits for 3 weeks with replies', () => {
  it('counts weeks with a reply, not replies', () => {
    const twoWeeks = [entry(1 * D, H, 0), entry(2 * D, H, 1), entry(9 * D, H, 2)];
    expect(weeksWithReplies(weeklyMedians(twoWeeks, NOW))).toBe(2);
    expect(weeksWithReplies(weeklyMedians([...twoWeeks, entry(20 * D, H, 3)], NOW))).toBe(3);
  });
});
