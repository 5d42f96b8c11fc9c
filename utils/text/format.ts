// How durations and windows read to the user. Pure but for the message catalogue: times in, text out.
import { t, uiLanguage } from './i18n';
import { ABOUT_A_MINUTE, DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { AgreedTerms, ReplyState, ReplyStatus, WindowLengths, WindowName, WorkingHours } from '@/utils/model/types';

/** "1 h 12 m", "2 d 3 h", "45 m", "<1 m": two units at most, rounded down. */
export function compactDuration(ms: number): string {
  const m = Math.floor(Math.max(0, ms) / MINUTE);
  if (m < 1) return t('durLessThanMinute');
  if (m < 60) return t('durM', m);
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  if (d > 0) return h ? t('durDH', d, h) : t('durD', d);
  return m % 60 ? t('durHM', h, m % 60) : t('durH', h);
}

/** "2-hour", "24-hour", "7-day", from the window lengths themselves. */
export function windowLabel(name: WindowName, lengths: WindowLengths): string {
  const ms = lengths[name];
  return ms >= 2 * DAY ? t('windowDays', ms / DAY) : t('windowHours', +(ms / HOUR).toFixed(1));
}

/** The state chip; an undecided room is neither missed nor on time. */
export const standingLabel = (state: ReplyState, undecided: boolean): string => (undecided ? t('stateUndecided') : stateLabel(state));

export const stateLabel = (state: ReplyState): string =>
  t(({ 'on-time': 'stateOnTime', late: 'stateLate', overdue: 'stateOverdue', breach: 'stateBreach' } as const)[state]);

/** How well a wait's start is known: to the minute, about a minute ("≈"), or a wider range (said in words). */
export type StartRange = 'exact' | 'minute' | 'wide';
export const startRange = (exact: boolean, since: number, latest: number): StartRange =>
  exact ? 'exact' : latest - since <= ABOUT_A_MINUTE ? 'minute' : 'wide';

/** How a room's time reads: its status, and what is uncertain about it (see reply-windows' standing). */
export interface WaitText {
  range: StartRange;
  /** The latest possible deadline of a window that may be missed or open; null when decided. */
  undecidedUntil: number | null;
}

/**
 * "1 h 12 m left of the 2-hour window" or "24-hour window missed 3 h ago". With `wait`: an undecided
 * window says what it may be ("24-hour window missed, or up to 17 h 59 m left"), and a start known only
 * to a wide range says which way the uncertainty goes ("at least 3 h left", "missed up to 2 d ago").
 */
export function statusText(status: ReplyStatus, now: number, lengths: WindowLengths, wait?: WaitText): string {
  // With agreed terms the 'expected' slot holds the agreed window.
  const label = (w: WindowName) => (status.terms && w === 'expected' ? termsLabel(status.terms) : windowLabel(w, lengths));
  if (wait?.undecidedUntil != null && status.open) {
    return t('statusUndecided', label(status.open), compactDuration(wait.undecidedUntil - now));
  }
  const wide = wait?.range === 'wide';
  if (status.open) return t(wide ? 'statusLeftAtLeast' : 'statusLeft', compactDuration(status.deadline - now), label(status.open));
  return t(wide ? 'statusMissedUpTo' : 'statusMissed', label(status.missed!), compactDuration(now - status.deadline));
}

/** "agreed 4-hour", "agreed 8-working-hour": the agreed window, as statusText names windows. */
export function termsLabel(terms: AgreedTerms): string {
  return t(terms.working ? 'termsWindowWorking' : 'termsWindow', +terms.hours.toFixed(1));
}

/** "Mon, Tue, Wed 09:00–18:00" or "Mon 22:00–06:00 (overnight)": which working hours count. */
export function workingHoursText(w: WorkingHours, dayName: (d: number) => string): string {
  const days = [...w.days]
    .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
    .map(dayName)
    .join(', ');
  return t(w.end < w.start ? 'termsHoursOvernight' : 'termsHours', days, w.start, w.end);
}

/**
 * The page mark: what the popup's row says ("1 h 12 m left of the 2-hour window"),
 * with "≈ " when the start is a bound, and "snoozed · …" while snoozed.
 */
export function markLabel(
  status: ReplyStatus,
  now: number,
  lengths: WindowLengths,
  exact: boolean,
  snoozed: boolean,
  wait?: WaitText,
): string {
  // "≈" only for a start known to about a minute; a wider range is said in words.
  const approx = wait ? wait.range === 'minute' && wait.undecidedUntil === null : !exact;
  const text = (approx ? '≈ ' : '') + statusText(status, now, lengths, wait);
  return snoozed ? t('markSnoozed', text) : text;
}

/** "just now", "3 min ago", "2 h ago", "3 d ago". */
export function ago(ms: number): string {
  if (ms < MINUTE) return t('agoNow');
  if (ms < HOUR) return t('agoMinutes', Math.floor(ms / MINUTE));
  if (ms < DAY) return t('agoHours', Math.floor(ms / HOUR));
  return t('agoDays', Math.floor(ms / DAY));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A date or time in the user's language, through the browser's own Intl: the popup
 * stays small (date-fns' locales would add kilobytes to it) and the words match the UI.
 */
export function localDate(at: number, style: 'date' | 'weekday-time' | 'day-time' | 'time'): string {
  let f = dateFormats.get(style);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'medium' }
        : style === 'time'
          ? { hour: 'numeric', minute: '2-digit' }
          : style === 'weekday-time'
            ? { weekday: 'short', hour: 'numeric', minute: '2-digit' }
            : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
    dateFormats.set(style, (f = new Intl.DateTimeFormat(uiLanguage(), opts)));
  }
  return f.format(at);
}

/** "14 m", "21 h", "3 d": one unit, rounded down, so it never says more time than is left. */
export function shortDuration(ms: number): string {
  const m = Math.floor(Math.max(0, ms) / MINUTE);
  if (m < 60) return t('durM', Math.max(m, 0));
  if (m < 48 * 60) return t('durH', Math.floor(m / 60));
  return t('durD', Math.floor(m / (24 * 60)));
}

/** A wait range whose ends give different states: "missed, or up to 23 h left". */
export interface Undecided {
  earliestDeadline: number;
  latestDeadline: number;
}

/** "missed, or up to 23 h left": the sentence for a room whose state the evidence does not decide. */

/**
 * The mark's own short label, drawn in the space the row leaves free: "14 m" or "21 h" left,
 * "Missed", "7-day!", "23 h?" when undecided. The full sentence is the tooltip (markLabel).
 */
export function shortMark(status: ReplyStatus, now: number, undecided: Undecided | null = null): string {
  if (undecided) return t('markShortUndecided', shortDuration(undecided.latestDeadline - now));
  if (status.state === 'breach') return t('markShortBreach');
  if (!status.open) return t('markShortMissed');
  return shortDuration(status.deadline - now);
}
