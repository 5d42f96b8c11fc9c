// How durations and windows read to the user. Pure: times in, text out.
import { DAY, HOUR, MINUTE, WINDOWS, type ReplyState, type ReplyStatus, type WindowLengths, type WindowName } from './reply-windows';

/** "1 h 12 m", "2 d 3 h", "45 m", "<1 m": two units at most, rounded down. */
export function compactDuration(ms: number): string {
  const m = Math.floor(Math.max(0, ms) / MINUTE);
  if (m < 1) return '<1 m';
  if (m < 60) return `${m} m`;
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  if (d > 0) return h ? `${d} d ${h} h` : `${d} d`;
  return m % 60 ? `${h} h ${m % 60} m` : `${h} h`;
}

/** One unit, for the small page mark: "20 m", "3 h", "2 d". */
export function shortDuration(ms: number): string {
  const v = Math.max(0, ms);
  if (v < HOUR) return `${Math.max(1, Math.floor(v / MINUTE))} m`;
  if (v < DAY) return `${Math.floor(v / HOUR)} h`;
  return `${Math.floor(v / DAY)} d`;
}

/** "2-hour", "24-hour", "7-day", from the window lengths themselves. */
export function windowLabel(name: WindowName, lengths: WindowLengths = WINDOWS): string {
  const ms = lengths[name];
  return ms >= 2 * DAY ? `${ms / DAY}-day` : `${+(ms / HOUR).toFixed(1)}-hour`;
}

export const STATE_LABEL: Record<ReplyState, string> = {
  'on-time': 'on time',
  late: 'late',
  overdue: 'overdue',
  breach: 'breach',
};

/** "1 h 12 m left of the 2-hour window" or "24-hour window missed 3 h ago". */
export function statusText(status: ReplyStatus, now: number, lengths: WindowLengths = WINDOWS): string {
  if (status.open) return `${compactDuration(status.deadline - now)} left of the ${windowLabel(status.open, lengths)} window`;
  return `${windowLabel(status.missed!, lengths)} window missed ${compactDuration(now - status.deadline)} ago`;
}

/** The page mark: "late · 3 h" (state and how long the client has waited). */
export function markLabel(state: ReplyState, waitingSince: number, now: number): string {
  return `${STATE_LABEL[state]} · ${shortDuration(now - waitingSince)}`;
}

/** "just now", "3 min ago", "2 h ago", "3 d ago". */
export function ago(ms: number): string {
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h ago`;
  return `${Math.floor(ms / DAY)} d ago`;
}
