// Reads the time texts of Upwork's Messages page, written in the browser's
// local time. Hand-written patterns rather than date-fns `parse`: the texts
// are few and fixed, and the content script must stay small.
import { addDays, endOfDay, startOfDay } from '@/utils/model/local-days';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { TimeRange } from '@/utils/model/types';
import { latestZonedMinute, splitZone, zonedMinute } from './time-zones';
import { dateByWeekday, weekdayOf } from './divider-year';

/** Page and machine clocks may differ by a little; more than this is not a time of today. */
const SKEW = 5 * MINUTE;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const dayRange = (d: Date): TimeRange => ({ earliest: startOfDay(d).getTime(), latest: endOfDay(d).getTime() });
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());

/** "2:07 PM" -> [hours, minutes], or null. */
export function parseClock(text: string): [number, number] | null {
  const m = /^(\d{1,2}):(\d{2})\s*([AP])\.?M\.?$/i.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h < 1 || h > 12 || min > 59) return null;
  return [(h % 12) + (m[3].toUpperCase() === 'P' ? 12 : 0), min];
}

/** How much a repeated hour can repeat: half an hour on Lord Howe Island, an hour most places, two at most. */
const REPEATS = [30 * MINUTE, HOUR, 2 * HOUR];

/**
 * A local wall time on `day`, to the minute. The night the clocks go back the
 * same wall time happens twice ("1:10 AM" on 1 Nov 2026 in New York is 1:10
 * EDT and, an hour later, 1:10 EST): the range covers both, from the first
 * (the one `new Date` gives) to the end of the last minute it names.
 */
function atMinute(day: Date, [h, min]: [number, number]): TimeRange {
  const first = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, min);
  const same = (t: number) => {
    const d = new Date(t);
    return d.getDate() === first.getDate() && d.getHours() === h && d.getMinutes() === min;
  };
  const again = REPEATS.filter((r) => same(first.getTime() + r));
  const last = first.getTime() + (again.length ? Math.max(...again) : 0);
  return { earliest: first.getTime(), latest: last + MINUTE - 1 };
}

/**
 * A clock text on a given day: "2:07 PM" in local time, to the minute;
 * "1:10 PM PDT" in that zone (time-zones.ts), a bound when the zone is unknown.
 * `now`, when the text stands alone (the room list, under a day divider): a
 * zoned clock is then on the zone's own calendar, the latest such time not
 * after `now` or the end of `day` (a page clock a little ahead is allowed for).
 * Without it (a title's own date) the date is the zone's.
 */
export function parseClockOn(day: Date, text: string, now?: number): TimeRange | null {
  const { clock, zone } = splitZone(text);
  const hm = parseClock(clock);
  if (!hm) return null;
  if (!zone) return atMinute(day, hm);
  if (now === undefined) return zonedMinute(day.getFullYear(), day.getMonth(), day.getDate(), hm[0], hm[1], zone);
  return latestZonedMinute(hm[0], hm[1], zone, Math.min(now, endOfDay(day).getTime()) + SKEW);
}

/** A valid calendar date, or null ("Feb 31" is not silently moved to March). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month, day);
  return month >= 0 && d.getMonth() === month && d.getDate() === day ? d : null;
}

/** "April 20, 2026 at 2:07 PM" or "Nov 21, 2025 at 2:30 PM" (a zone may follow the clock). */
export function parseTitleTime(text: string): TimeRange | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})\s+at\s+(.+)$/.exec(text.trim());
  if (!m) return null;
  const day = calendarDate(Number(m[3]), monthIndex(m[1]), Number(m[2]));
  return day && parseClockOn(day, m[4]);
}

/** A day named relative to now: "Today", "Yesterday", or the latest such weekday before today. */
function relativeDay(text: string, now: Date): Date | null {
  const t = text.trim().toLowerCase();
  if (t === 'today') return now;
  if (t === 'yesterday') return addDays(now, -1);
  const wd = WEEKDAYS.indexOf(t);
  if (wd < 0) return null;
  const back = (now.getDay() - wd + 7) % 7 || 7;
  return addDays(now, -back);
}

/**
 * A room list time text read at `today` (the moment of the read), not yet
 * clamped to now. A text without a zone depends on the local day only, so it
 * can be kept for the day (list-times.ts); a zoned clock depends on the moment.
 */
export function parseListRange(text: string, today: Date): TimeRange | null {
  const clock = parseClockOn(today, text, today.getTime());
  if (clock) return clock;
  const rel = relativeDay(text, today);
  if (rel) return dayRange(rel);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const day = calendarDate(year, Number(m[1]) - 1, Number(m[2]));
  return day ? dayRange(day) : null;
}

/** Room list `.timestamp`: "7:57 PM" (today), "Yesterday", "Thursday", "9/22/26". */
export function parseListTime(text: string, now: number): TimeRange | null {
  const range = parseListRange(text, new Date(now));
  return range && clampToNow(range, now);
}

/** Day divider: "Today", "Yesterday", "Monday, Sep 29", "Monday, Sep 29, 2025", "Nov 21, 2025 at 2:30 PM". */
export function parseDayDivider(text: string, now: number): TimeRange | null {
  const exact = parseTitleTime(text);
  if (exact) return exact;
  const today = new Date(now);
  const rel = relativeDay(text, today);
  if (rel) return dayRange(rel);
  const m = /^(?:([A-Za-z]+),\s*)?([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const month = monthIndex(m[2]);
  // Without a year, a weekday names it: "Monday, Sep 29" read in 2026 is 2025 (divider-year.ts).
  if (m[1] && !m[4]) {
    const wd = weekdayOf(m[1]);
    const named = wd >= 0 && month >= 0 ? dateByWeekday(wd, month, Number(m[3]), now) : null;
    return named ? dayRange(named) : null;
  }
  let day = calendarDate(m[4] ? Number(m[4]) : today.getFullYear(), month, Number(m[3]));
  // Without a year the divider is this year's, unless that would be in the future.
  if (day && !m[4] && day.getTime() > now) day = calendarDate(today.getFullYear() - 1, month, Number(m[3]));
  return day ? dayRange(day) : null;
}

/** A time from the page is never after the moment we read it. */
export function clampToNow(range: TimeRange, now: number): TimeRange | null {
  if (range.earliest > now + SKEW) return null;
  return { earliest: Math.min(range.earliest, now), latest: Math.min(range.latest, now) };
}
