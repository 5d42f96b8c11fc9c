// Reads an invitation row's time cell part by part (text-parts.ts): the label
// ("Received", "Initiated"), the date ("Aug 22, 2026") and a relative time
// ("2 days ago", "yesterday") sit in separate elements (2026-05..09, three
// sources). The received time is the tightest range the parts allow together;
// parts that contradict each other are text the reader cannot read.
import type { TimeRange } from '@/utils/model/types';
import { parseInvitationTime, TIME_LABEL } from './invitation-time';

/** A relative time at the end of a part that also holds the date ("Aug 22, 2026 2 days ago"). */
const TRAILING_RELATIVE = /^(.*\d{4})\s+((?:\d{1,3}|an?|one) [a-z]+ ago|yesterday|today|just now)$/i;

/** The parts that say when: the label dropped, a date and a relative time in one part split apart. */
function timeParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const rest = part.replace(TIME_LABEL, '').trim();
    if (!rest) continue;
    const both = TRAILING_RELATIVE.exec(rest);
    out.push(...(both ? [both[1], both[2]] : [rest]));
  }
  return out;
}

/**
 * The received time the cell's parts allow together, 'future' when a part
 * names a date after now, or null when a part cannot be read or two parts
 * contradict each other (a date that "yesterday" cannot be).
 */
export function readTimeCell(parts: string[], now: number): TimeRange | 'future' | null {
  const when = timeParts(parts);
  if (!when.length) return null;
  // Alone, a relative time keeps its own reading; beside a date it allows any rounding of the count.
  const lenient = when.length > 1;
  let range: TimeRange | null = null;
  for (const part of when) {
    const r = parseInvitationTime(part, now, lenient);
    if (r === 'future') return 'future';
    if (!r) return null;
    range = range ? { earliest: Math.max(range.earliest, r.earliest), latest: Math.min(range.latest, r.latest) } : r;
    if (range.earliest > range.latest) return null;
  }
  return range;
}
