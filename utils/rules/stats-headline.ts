// The stats page's headline: three figures for the chosen period, the period remembered,
// and whether the weekly chart has enough weeks to say anything. Pure.
// Invariant: a period's figures count only replies of that period (replyAt in (now − days, now]).
import type { LogEntry } from '@/utils/model/types';
import { periodStats } from './stats';

export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];
/** A weekly glance looks at the last week first. */
export const DEFAULT_PERIOD: StatsPeriod = 7;
/** The weekly chart waits for this many weeks with a reply: fewer bars show no trend. */
export const CHART_MIN_WEEKS = 3;

export interface Headline {
  days: StatsPeriod;
  replies: number;
  medianMs: number | null;
  /** Share of the period's replies sent within 2 h, in [0, 1]; null with no reply. */
  within2h: number | null;
  /** Replies that came 24 h or more after the client's message. */
  missed24h: number;
  approximate: boolean;
}

export function headline(log: LogEntry[], days: StatsPeriod, now: number): Headline {
  const p = periodStats(log, days, now);
  return { days, replies: p.replies, medianMs: p.medianMs, within2h: p.within2h, missed24h: p.missed24h, approximate: p.approximate };
}

/** The stored choice, read back: anything unknown (or nothing) is the default. */
export function periodFrom(stored: string | null | undefined): StatsPeriod {
  return STATS_PERIODS.find((d) => String(d) === stored) ?? DEFAULT_PERIOD;
}

/** The period after (step 1) or before (step −1) this one, wrapping, as arrow keys move in a radio group. */
export function nextPeriod(days: StatsPeriod, step: 1 | -1): StatsPeriod {
  const i = STATS_PERIODS.indexOf(days);
  return STATS_PERIODS[(i + step + STATS_PERIODS.length) % STATS_PERIODS.length];
}

/** How many of the chart's weeks have at least one reply. */
export const weeksWithReplies = (weeks: { replies: number }[]) => weeks.filter((w) => w.replies > 0).length;
