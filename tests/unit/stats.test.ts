import { describe, expect, it } from 'vitest';
import { bucketCounts, median, periodStats, tagBucket, tagForecast, weeklyMedians } from '@/utils/rules/stats';
import type { LogEntry } from '@/utils/model/types';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const NOW = Date.UTC(2026, 10, 20, 12);
let n = 0;
/** A reply `response` after the client wrote, answered `daysAgo` days before NOW. */
const reply = (response: number, daysAgo = 1, extra: Partial<LogEntry> = {}): LogEntry => {
  const replyAt = NOW - daysAgo * D;
  return {
    id: `room_${n++}|${replyAt}`,
    roomId: 'room_' + 'a'.repeat(32),
    kind: 'reply',
    clientAt: replyAt - response,
    clientExact: true,
    replyAt,
    replyExact: true,
    contract: false,
    ...extra,
  };
};

describe('known logs, known figures', () => {
  const log = [
    reply(30 * MIN),
    reply(90 * MIN, 2),
    reply(3 * H, 3),
    reply(10 * H, 10),
    reply(30 * H, 20),
    reply(8 * D, 40, { contract: true }),
    reply(20 * MIN, 100),
  ];
  it.each([
    // days, replies, median, average, within 2 h, within 24 h, 24 h misses, 7 d breaches
    [7, 3, 90 * MIN, (30 * MIN + 90 * MIN + 3 * H) / 3, 2 / 3, 1, 0, 0],
    [30, 5, 3 * H, (30 * MIN + 90 * MIN + 3 * H + 10 * H + 30 * H) / 5, 2 / 5, 4 / 5, 1, 0],
    [90, 6, (3 * H + 10 * H) / 2, (30 * MIN + 90 * MIN + 3 * H + 10 * H + 30 * H + 8 * D) / 6, 2 / 6, 4 / 6, 2, 1],
  ])('last %i days', (days, replies, med, avg, w2, w24, miss, breach) => {
    const s = periodStats(log, days, NOW);
    expect(s).toMatchObject({ replies, medianMs: med, missed24h: miss, breached7d: breach });
    expect(s.averageMs).toBeCloseTo(avg, 6);
    expect(s.within2h).toBeCloseTo(w2, 6);
    expect(s.within24h).toBeCloseTo(w24, 6);
  });
  it('counts "no reply needed" apart, never as a reply', () => {
    const s = periodStats([...log, reply(5 * D, 1, { kind: 'no-reply-needed' })], 7, NOW);
    expect(s.replies).toBe(3);
    expect(s.noReplyNeeded).toBe(1);
    expect(s.medianMs).toBe(90 * MIN);
  });
  it('marks figures approximate when any time behind them is', () => {
    expect(periodStats([reply(H, 1, { clientExact: false })], 7, NOW).approximate).toBe(true);
    expect(periodStats([reply(H)], 7, NOW).approximate).toBe(false);
  });
  it('median of an even count is the mean of the middle two; of nothing, nothing', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('exactly 2 h is not within 2 h, as in the rules', () => {
    expect(periodStats([reply(2 * H)], 7, NOW).within2h).toBe(0);
  });
});

describe("Upwork's tag buckets and the 5-occasion rule", () => {
  it.each([
    [0, '0-4 h'],
    [4 * H - 1, '0-4 h'],
    [4 * H, '4-8 h'],
    [8 * H - 1, '4-8 h'],
    [8 * H, '8-12 h'],
    [12 * H, '12-24 h'],
    [24 * H - 1, '12-24 h'],
    [24 * H, '24 h+'],
  ])('an average of %i ms is in %s', (avg, bucket) => expect(tagBucket(avg)).toBe(bucket));
  it('qualifies at five replies in three months, not four', () => {
    const four = [1, 2, 3, 4].map((d) => reply(H, d));
    expect(tagForecast(four, NOW).qualifies).toBe(false);
    expect(tagForecast([...four, reply(H, 5)], NOW).qualifies).toBe(true);
    expect(tagForecast([...four, reply(H, 95)], NOW).qualifies).toBe(false); // older than 3 months
  });
  it('forecasts from the 3-month average', () => {
    expect(tagForecast([reply(H), reply(3 * H), reply(20 * H), reply(2 * H), reply(4 * H)], NOW)).toMatchObject({
      bucket: '4-8 h',
      averageMs: 6 * H,
    });
  });
});

describe('the charts', () => {
  it('weekly medians over 13 weeks, oldest first, empty weeks empty', () => {
    const weeks = weeklyMedians([reply(H, 1), reply(3 * H, 2), reply(5 * H, 30)], NOW);
    expect(weeks).toHaveLength(13);
    expect(weeks[12]).toMatchObject({ medianMs: 2 * H, replies: 2 });
    expect(weeks[8]).toMatchObject({ medianMs: 5 * H, replies: 1 });
    expect(weeks[0].medianMs).toBeNull();
  });
  it('bucket counts', () => {
    const counts = bucketCounts([reply(H), reply(4 * H), reply(5 * H), reply(30 * H), reply(H, 100)], NOW);
    expect(counts.map((c) => c.count)).toEqual([1, 2, 0, 0, 1]);
  });
});
