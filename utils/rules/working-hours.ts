// Agreed reply targets counted in working hours, in the user's time zone.
// Each span is built from local wall-clock times (new Date(y, m, d, h, min)),
// so a day that gains or loses an hour to daylight saving has its real length.
import { addDays, startOfDay } from '@/utils/model/local-days';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { AgreedTerms, WorkingHours } from '@/utils/model/types';

/** Agreed working-hours terms must close within this many working weeks (the form and the guard refuse others). */
export const TERMS_CLOSE_WEEKS = 52;

const hm = (s: string): [number, number] => s.split(':').map(Number) as [number, number];
const at = (day: Date, [h, m]: [number, number], plusDays = 0) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate() + plusDays, h, m).getTime();

/** End before start: the span runs overnight, into the next day. */
export const isOvernight = (w: WorkingHours) => w.end < w.start;

/** The working span that starts on `day` (local), or null when it is not a working day. */
export function spanOn(day: Date, w: WorkingHours): [number, number] | null {
  if (!w.days.includes(day.getDay())) return null;
  return [at(day, hm(w.start)), at(day, hm(w.end), isOvernight(w) ? 1 : 0)];
}

/** A week's working time by the clock (a daylight-saving night may make one span an hour shorter or longer). */
export function weeklyWorkingTime(w: WorkingHours): number {
  const [sh, sm] = hm(w.start);
  const [eh, em] = hm(w.end);
  const span = (eh * 60 + em - (sh * 60 + sm) + (isOvernight(w) ? 24 * 60 : 0)) * MINUTE;
  return new Set(w.days).size * span;
}

/**
 * How many days to look ahead for `ms` of working time: the whole weeks it
 * needs, one more for each daylight-saving change on the way (two a year,
 * each can shorten one span), and the partial first week. Derived from the
 * terms, so any terms close (none is "on time" for ever); terms accepted by
 * the guard need about a year at most.
 */
function daysNeeded(ms: number, w: WorkingHours): number {
  const weeks = Math.ceil(ms / weeklyWorkingTime(w));
  return 7 * (weeks + Math.ceil(weeks / 26) + 2);
}

/** The instant `ms` of working time after `from`. Starts one day back, for an overnight span already running. */
export function addWorkingTime(from: number, ms: number, w: WorkingHours): number {
  // No working time in a week (no days, or start = end): the guard refuses such hours.
  if (!(weeklyWorkingTime(w) > 0)) return Infinity;
  let left = ms;
  let day = addDays(startOfDay(from), -1);
  for (let i = 0, n = daysNeeded(ms, w); i < n; i++, day = addDays(day, 1)) {
    const span = spanOn(day, w);
    if (!span) continue;
    const start = Math.max(span[0], from);
    if (start >= span[1]) continue;
    if (start + left <= span[1]) return start + left;
    left -= span[1] - start;
  }
  return Infinity;
}

/** Working time between two instants. */
export function workingTimeBetween(from: number, to: number, w: WorkingHours): number {
  let total = 0;
  for (let day = addDays(startOfDay(from), -1); day.getTime() <= to; day = addDays(day, 1)) {
    const span = spanOn(day, w);
    if (span) total += Math.max(0, Math.min(span[1], to) - Math.max(span[0], from));
  }
  return total;
}

/** When a reply is due under agreed terms, for a client who wrote at `since`. */
export function termsDeadline(since: number, terms: AgreedTerms): number {
  const ms = terms.hours * HOUR;
  return terms.working ? addWorkingTime(since, ms, terms.working) : since + ms;
}
