// Units of time, and what "exact" means. Every instant is epoch milliseconds (UTC).
import type { TimeRange } from './types';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A time known to the minute; anything wider (a day, an hour) is a bound. */
export const isExact = (r: TimeRange) => r.latest - r.earliest < MINUTE;
