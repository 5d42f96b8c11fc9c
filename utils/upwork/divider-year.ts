// A day divider without a year ("Monday, Sep 29") names its year by its weekday:
// read in 2026 it is 29 Sep 2025, since 29 Sep 2026 is a Tuesday (upwork-messages-dom.md).

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday and date come round together within 11 years; further back nothing is still on the page. */
const YEARS_BACK = 12;

/** The weekday a text names ("Monday", "Mon"), 0 = Sunday, or -1. */
export function weekdayOf(text: string): number {
  const t = text.trim().toLowerCase();
  return t.length >= 3 ? WEEKDAYS.findIndex((w) => w.startsWith(t)) : -1;
}

/**
 * The latest date on or before `now` that falls on `month`/`day` and on this weekday, or null
 * when none does (a divider that contradicts itself: no date rather than a wrong one).
 */
export function dateByWeekday(weekday: number, month: number, day: number, now: number): Date | null {
  const thisYear = new Date(now).getFullYear();
  for (let year = thisYear; year > thisYear - YEARS_BACK; year--) {
    const d = new Date(year, month, day);
    if (d.getMonth() !== month || d.getDate() !== day) continue; // 29 Feb in a common year
    if (d.getTime() <= now && d.getDay() === weekday) return d;
  }
  return null;
}
