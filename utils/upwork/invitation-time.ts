// Reads the "Received" / "Initiated" time of an invitation row: a date like
// "May 11, 2026", sometimes a relative word ("yesterday", "3 hours ago").
// Returns the range the text allows, "future" for a date after now, or null.
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { TimeRange } from '@/utils/model/types';
import { parseDayDivider } from './time-text';

/** Page and machine clocks may differ a little; more than this ahead is a date in the future. */
const SKEW = 5 * MINUTE;
const UNIT: Record<string, number> = { minute: MINUTE, min: MINUTE, hour: HOUR, hr: HOUR, day: DAY };

export function parseInvitationTime(raw: string, now: number): TimeRange | 'future' | null {
  const text = raw
    .replace(/^\s*(received|initiated|invited|sent)\b\s*:?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  if (/^just now$/i.test(text)) return { earliest: now - MINUTE, latest: now };
  const ago = /^(\d{1,3}|an?|one) (minute|min|hour|hr|day)s? ago$/i.exec(text);
  if (ago) {
    const n = /^\d/.test(ago[1]) ? Number(ago[1]) : 1;
    const unit = UNIT[ago[2].toLowerCase()];
    // "3 hours ago" is anything from 3 h to just under 4 h ago: count from the earliest.
    return { earliest: now - (n + 1) * unit, latest: now - n * unit };
  }
  // With a year, a date after now is refused; without one, the divider reader already takes last year's.
  const range = parseDayDivider(text, now);
  if (!range) return null;
  if (range.earliest > now + SKEW) return 'future';
  return { earliest: range.earliest, latest: Math.min(range.latest, now) };
}
