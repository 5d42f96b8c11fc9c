// The popup's time texts, as [before, duration, after]: the popup renders the duration in a
// `white-space: nowrap` span (.dur), so "missed 7 d 11 h ago" never breaks as "missed 7 / d 11 h ago".
// The text itself keeps plain spaces, the same words as everywhere else. Pure but for the catalogue.
import type { ReplyStatus, WindowLengths } from '@/utils/model/types';
import { compactDuration, localDate, statusText, type WaitText } from '@/utils/text/format';
import { t } from '@/utils/text/i18n';

export type TimeParts = [before: string, duration: string, after: string];

/** `text` split around the first `duration` in it (or all before, if it has none). */
export function around(text: string, duration: string): TimeParts {
  const at = text.indexOf(duration);
  return at < 0 ? [text, '', ''] : [text.slice(0, at), duration, text.slice(at + duration.length)];
}

/** The row's countdown: "1 h 12 m left of the 2-hour window", "24-hour window missed 7 d 11 h ago". */
export function rowTime(status: ReplyStatus, now: number, lengths: WindowLengths, wait?: WaitText): TimeParts {
  // An undecided room's status is the one at its latest start: its deadline is the latest possible one.
  const duration = compactDuration(status.open ? status.deadline - now : now - status.deadline);
  return around(statusText(status, now, lengths, wait), duration);
}

/**
 * "Why this time": how the wait's start is known, when it is not known to the minute. A range is named
 * with its two ends; a count the room list started says earlier messages may be unseen. null when exact.
 */
export function whyThisTime(exact: boolean, since: number, latest: number, wait: WaitText): string | null {
  if (exact) return null;
  const range = wait.range === 'wide' ? t('whyRange', localDate(since, 'day-time'), localDate(latest, 'day-time')) + ' ' : '';
  return range + t('whyUnseen');
}

/** For a room of unknown contract near its would-be 7-day deadline: "If this room is on an active contract, …". */
export function ifOnContract(policyDeadline: number, now: number): TimeParts {
  const duration = compactDuration(policyDeadline - now);
  return around(t('rowIfContract', duration), duration);
}

/** useTimeText keeps strings: the parts travel joined by a character no message contains. */
const SEP = '\u0000';
export const joinParts = (p: TimeParts): string => p.join(SEP);
export const splitParts = (s: string): TimeParts => s.split(SEP) as TimeParts;
