// Reads the "Received" / "Initiated" time of an invitation row: a date like
// "May 11, 2026", sometimes a relative word ("yesterday", "3 hours ago"), and
// on pages we were never shown, the other ways a date is written ("2 weeks
// ago", "11/24/2026", "24 Nov 2026", "Nov 24, 2026, 3:15 PM").
// Returns the range the text allows, "future" for a date after now, or null.
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { TimeRange } from '@/utils/model/types';
import { parseDayDivider, parseListRange } from './time-text';

/** Page and machine clocks may differ a little; more than this ahead is a date in the future. */
const SKEW = 5 * MINUTE;
/** Older than this (13 months, as long as anything is kept) is no invitation still listed: "999 weeks ago", "11/19/1999". */
const OLDEST = 396 * DAY;
/** [shortest, longest] length of one unit: a month is 28 to 31 days. */
const UNIT: Record<string, [number, number]> = {
  second: [1000, 1000],
  sec: [1000, 1000],
  minute: [MINUTE, MINUTE],
  min: [MINUTE, MINUTE],
  hour: [HOUR, HOUR],
  hr: [HOUR, HOUR],
  day: [DAY, DAY],
  week: [7 * DAY, 7 * DAY],
  month: [28 * DAY, 31 * DAY],
};

/**
 * "3 hours ago": from the floor reading's earliest (4 hours ago). `lenient` widens the latest to
 * what a rounded or calendar count allows (2 hours ago), for checking it against a date in the same cell.
 */
function ago(text: string, now: number, lenient = false): TimeRange | null {
  if (/^(just now|(a few )?seconds ago|moments? ago)$/i.test(text)) return { earliest: now - MINUTE, latest: now };
  const m = /^(\d{1,3}|an?|one) (second|sec|minute|min|hour|hr|day|week|month)s? ago$/i.exec(text);
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : 1;
  const [short, long] = UNIT[m[2].toLowerCase()];
  // "3 hours ago" is anything from 3 h to just under 4 h ago: count from the earliest.
  return { earliest: now - (n + 1) * long, latest: now - (lenient ? Math.max(0, n - 1) : n) * short };
}

/** "24 Nov 2026" (day first) and a clock after a dated day ("Nov 24, 2026, 3:15 PM") in the forms the reader knows. */
const normalise = (text: string) =>
  text
    .replace(/^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})\b/, '$2 $1, $3')
    .replace(/^([A-Za-z]+\.? \d{1,2}, \d{4}),?\s+(?:at\s+)?(\d{1,2}:\d{2}\s*[AP]\.?M\.?.*)$/i, '$1 at $2');

/** The cell's label: "Received", "Initiated" (2026), and older words. */
export const TIME_LABEL = /^\s*(received|initiated|invited|sent)\b\s*:?\s*/i;

export function parseInvitationTime(raw: string, now: number, lenient = false): TimeRange | 'future' | null {
  const text = raw.replace(TIME_LABEL, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const relative = ago(text, now, lenient);
  if (relative) return relative.latest < now - OLDEST ? null : relative;
  // With a year, a date after now is refused; without one, the divider reader already takes last year's.
  // Else as the room list writes it: "11/24/2026", "11/24/26" (month first), or a clock alone (today).
  const range = parseDayDivider(normalise(text), now) ?? parseListRange(text, new Date(now));
  if (!range) return null;
  if (range.earliest > now + SKEW) return 'future';
  if (range.latest < now - OLDEST) return null;
  return { earliest: range.earliest, latest: Math.min(range.latest, now) };
}
