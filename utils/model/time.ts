// Units of time, and what "exact" means. Every instant is epoch milliseconds (UTC).
import type { TimeRange } from './types';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * A range up to this wide is "about a minute" (a minute's text, read at either end of it): shown with "≈",
 * decided at its earliest end. Wider ones (hours, a day) are said in words, and may leave a window undecided.
 */
export const ABOUT_A_MINUTE = 2 * MINUTE;

/** A time known to the minute; anything wider (a day, an hour) is a bound. */
export const isExact = (r: TimeRange) => r.latest - r.earliest < MINUTE;
