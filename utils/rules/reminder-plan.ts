// The routine reminder ("check Upwork Messages" at chosen times on chosen
// days, or once the view is older than N hours) and the daily list of rooms
// overdue for a day or more. Pure: settings + what was handled + now in.
//
// A reminder is due when its moment lies between the last time the worker
// planned (stored as CHECKED_KEY) and now: so nothing fires while the computer
// sleeps, a wake brings one catch-up at most, and a clock or time-zone change
// does not bring back moments already behind us. Invariant: a reminder or a
// digest is handled for one moment, keyed by its local date and time, so one
// that was handled never comes twice; the digest lists only rooms whose agreed
// or 24-hour window closed a day or more ago at the latest start the evidence allows.
import { DAY, HOUR } from '@/utils/model/time';
import type { WindowLengths } from '@/utils/model/types';
import { ago, compactDuration } from '@/utils/text/format';
import { plural, t } from '@/utils/text/i18n';
import { GRACE, type Notice } from './notify-plan';
import { localTime, quietNow } from './quiet-hours';
import { expectedDeadline, latestStart, type AwaitingRoom } from './reply-windows';
import { isAway, type Settings } from './settings';

/** When the worker last planned reminders; recorded on every plan. */
export const CHECKED_KEY = 'reminders|checked';
/** The working day starts at the first reminder time, else at this hour. */
export const WORKDAY_START = '09:00';
/** "Overdue for a day or more": the 24-hour window closed at least this long ago. */
export const OVERDUE_FOR = DAY;

export interface ReminderInput {
  rooms: AwaitingRoom[];
  settings: Settings;
  lengths: WindowLengths;
  /** The last recognised read of the Messages page. */
  lastReadAt: number | null;
  done: ReadonlyMap<string, number>;
  now: number;
}

export interface ReminderPlan {
  /** One notification at most. */
  show: Notice[];
  handled: string[];
  wakeAt: number | null;
}

interface Moment {
  key: string;
  /** When it is due: its own time, or the end of the quiet hours it falls in. */
  at: number;
}

export const workdayStart = (s: Settings): string => [...s.reminder.times].sort()[0] ?? WORKDAY_START;

const pad = (n: number) => String(n).padStart(2, '0');
const dateLabel = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Quiet hours hold a reminder until they end, as they hold warnings. */
const afterQuiet = (s: Settings, at: number) => quietNow(s.quietHours, at)?.end ?? at;

/** `times` on the chosen days, from a week before now to a week after, oldest first. */
function moments(prefix: string, times: string[], s: Settings, now: number): Moment[] {
  const today = new Date(now);
  const out: Moment[] = [];
  for (let d = -7; d <= 7; d++) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + d);
    if (!s.reminder.days.includes(day.getDay())) continue;
    for (const hhmm of [...times].sort()) {
      out.push({ key: `${prefix}|${dateLabel(day)} ${hhmm}`, at: afterQuiet(s, localTime(day, hhmm)) });
    }
  }
  return out;
}

/** Once the view turns older than the user's N hours; moved to the next chosen day's start if it turns old on another day. */
function oldViewMoment(s: Settings, lastReadAt: number | null): Moment | null {
  if (s.reminder.oldViewHours === null || lastReadAt === null || !s.reminder.days.length) return null;
  let at = lastReadAt + s.reminder.oldViewHours * HOUR;
  const day = new Date(at);
  for (let d = 0; !s.reminder.days.includes(new Date(day.getFullYear(), day.getMonth(), day.getDate() + d).getDay()); d++) {
    at = localTime(day, workdayStart(s), d + 1);
  }
  return { key: `remind-old|${lastReadAt}`, at: afterQuiet(s, at) };
}

/**
 * Rooms whose agreed or 24-hour window closed a day or more ago, longest wait first; away mode keeps only
 * rooms on a contract.
 */
export function overdueRooms(rooms: AwaitingRoom[], lengths: WindowLengths, away: boolean, now: number): AwaitingRoom[] {
  return (
    rooms
      // At the latest start the evidence allows: a room that may still be in time (undecided) is never listed.
      .filter((r) => r.snoozedUntil === null && now - expectedDeadline(latestStart(r.thread), lengths, r.thread.terms) >= OVERDUE_FOR)
      .filter((r) => !away || r.contract === 'active')
      .sort((a, b) => a.thread.waitingSince - b.thread.waitingSince)
  );
}

export function planReminders({ rooms, settings: s, lengths, lastReadAt, done, now }: ReminderInput): ReminderPlan {
  // First plan ever (or a check stamped in the future, left out by the store): nothing behind us is due.
  const since = done.get(CHECKED_KEY) ?? now - GRACE;
  const handled: string[] = [CHECKED_KEY];
  let wakeAt: number | null = null;
  const wake = (t: number) => (wakeAt = wakeAt === null ? t : Math.min(wakeAt, t));
  /** `bounded`: due only if its moment came since the last plan (a routine moment, not a lasting state). */
  const dueNow = (m: Moment, bounded: boolean) => {
    if (done.has(m.key)) return false;
    if (m.at <= now) return !bounded || m.at > since;
    wake(m.at);
    return false;
  };

  const slots = moments('remind', s.reminder.times, s, now).filter((m) => dueNow(m, true));
  const old = oldViewMoment(s, lastReadAt);
  const oldDue = old !== null && dueNow(old, false);
  const digests = s.overdueDigest ? moments('overdue', [workdayStart(s)], s, now).filter((m) => dueNow(m, true)) : [];
  handled.push(...slots.map((m) => m.key), ...(oldDue ? [old.key] : []), ...digests.map((m) => m.key));

  const away = isAway(s, now);
  const show: Notice[] = [];
  const overdue = digests.length ? overdueRooms(rooms, lengths, away, now) : [];
  if (overdue.length) {
    show.push({
      kind: 'overdue-digest',
      roomIds: overdue.map((r) => r.thread.roomId),
      title: plural('noticeOverdue', overdue.length),
      lines: overdue.map((r) => t('noticeOverdueLine', r.thread.name || t('aClient'), compactDuration(now - r.thread.waitingSince))),
    });
  }
  // A reminder only if the user has not looked since its moment, and away mode lets it through
  // (as for warnings: only for rooms known to be on a contract).
  const latest = Math.max(...slots.map((m) => m.at), oldDue ? old.at : -Infinity);
  const looked = lastReadAt !== null && lastReadAt >= latest;
  const awayLets = !away || rooms.some((r) => r.contract === 'active');
  if (!show.length && latest > -Infinity && !looked && awayLets) {
    show.push({
      kind: 'reminder',
      roomIds: [],
      title: t('noticeRemindTitle'),
      lines: [lastReadAt === null ? t('noticeRemindNever') : t('noticeRemindLastRead', ago(now - lastReadAt))],
    });
  }
  return { show, handled, wakeAt };
}
