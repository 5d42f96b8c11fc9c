// What a snooze does, said before and after it is chosen: until when, and whether the room's
// open window closes meanwhile ("until 7:26 · passes the 2-hour window"). Pure but for the catalogue.
import type { WindowLengths } from '@/utils/model/types';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { localDate, termsLabel, windowLabel } from '@/utils/text/format';
import { t } from '@/utils/text/i18n';

/** The open window the snooze would outlast, named as the row names it, or null. */
export function passedWindow(room: AwaitingRoom, until: number, lengths: WindowLengths): string | null {
  const { open, deadline, terms } = room.status;
  if (!open || until <= deadline) return null;
  return terms && open === 'expected' ? termsLabel(terms) : windowLabel(open, lengths);
}

/** "until 7:26" or "until Thu 9:00", then " · passes the 2-hour window" when it does. */
export function snoozeText(room: AwaitingRoom, until: number, lengths: WindowLengths, now: number): string {
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  const when = t('snoozedUntilShort', localDate(until, sameDay ? 'time' : 'weekday-time'));
  const passed = passedWindow(room, until, lengths);
  return passed ? t('snoozePasses', when, passed) : when;
}
