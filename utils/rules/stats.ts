// The freelancer's own response figures, from the response log. Pure.
// Upwork's responsiveness tag: the average response time over the past
// 3 months, in buckets, once the freelancer has replied on 5 occasions.
import { DAY, HOUR } from '@/utils/model/time';
import { WINDOWS } from './reply-windows';
import type { LogEntry } from '@/utils/model/types';

export const TAG_BUCKETS = [
  { label: '0-4 h', max: 4 * HOUR },
  { label: '4-8 h', max: 8 * HOUR },
  { label: '8-12 h', max: 12 * HOUR },
  { label: '12-24 h', max: 24 * HOUR },
  { label: '24 h+', max: Infinity },
] as const;
export const TAG_PERIOD = 90 * DAY;
export const TAG_OCCASIONS = 5;

export interface PeriodStats {
  days: number;
  replies: number;
  noReplyNeeded: number;
  medianMs: number | null;
  averageMs: number | null;
  within2h: number | null;
  within24h: number | null;
  missed24h: number;
  breached7d: number;
  /** Some entry behind these figures has a time known only approximately. */
  approximate: boolean;
}

export const responseMs = (e: LogEntry) => Math.max(0, e.replyAt - e.clientAt);

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : null);
// A window is missed from its very end, as in the rules: 2 h 0 m exactly is not within 2 h.
const share = (v: number[], limit: number) => (v.length ? v.filter((x) => x < limit).length / v.length : null);

export function periodStats(log: LogEntry[], days: number, now: number): PeriodStats {
  const inPeriod = log.filter((e) => e.replyAt > now - days * DAY && e.replyAt <= now);
  const replies = inPeriod.filter((e) => e.kind === 'reply');
  const times = replies.map(responseMs);
  return {
    days,
    replies: replies.length,
    noReplyNeeded: inPeriod.length - replies.length,
    medianMs: median(times),
    averageMs: mean(times),
    within2h: share(times, WINDOWS['best-practice']),
    within24h: share(times, WINDOWS.expected),
    missed24h: times.filter((t) => t >= WINDOWS.expected).length,
    breached7d: replies.filter((e) => e.contract && responseMs(e) >= WINDOWS.policy).length,
    approximate: replies.some((e) => !e.clientExact || !e.replyExact),
  };
}

export function tagBucket(averageMs: number): string {
  return TAG_BUCKETS.find((b) => averageMs < b.max)!.label;
}

export interface TagForecast {
  qualifies: boolean;
  occasions: number;
  bucket: string | null;
  averageMs: number | null;
}

/** Upwork's tag, forecast: the bucket of the 3-month average, once there are 5 replies. */
export function tagForecast(log: LogEntry[], now: number): TagForecast {
  const s = periodStats(log, TAG_PERIOD / DAY, now);
  return {
    qualifies: s.replies >= TAG_OCCASIONS,
    occasions: s.replies,
    bucket: s.averageMs === null ? null : tagBucket(s.averageMs),
    averageMs: s.averageMs,
  };
}

/** Weekly median response time, oldest week first; null for a week with no reply. */
export function weeklyMedians(log: LogEntry[], now: number, weeks = 13): { start: number; medianMs: number | null; replies: number }[] {
  const out = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = now - w * 7 * DAY;
    const start = end - 7 * DAY;
    const times = log.filter((e) => e.kind === 'reply' && e.replyAt > start && e.replyAt <= end).map(responseMs);
    out.push({ start, medianMs: median(times), replies: times.length });
  }
  return out;
}

/** How many replies of the past 3 months fall in each of the tag's buckets. */
export function bucketCounts(log: LogEntry[], now: number): { label: string; count: number }[] {
  const recent = log.filter((e) => e.kind === 'reply' && e.replyAt > now - TAG_PERIOD && e.replyAt <= now).map(responseMs);
  return TAG_BUCKETS.map((b, i) => ({
    label: b.label,
    count: recent.filter((t) => t < b.max && t >= (i ? TAG_BUCKETS[i - 1].max : 0)).length,
  }));
}
