// One moment to warn at, and the key that records it handled.
// Invariant: a warning is handled for one room, one threshold and one deadline.
import { DAY, MINUTE } from '@/utils/model/time';
import type { Thread, WindowLengths, WindowName } from '@/utils/model/types';
import { startRange, termsLabel } from '@/utils/text/format';
import { t as i18n } from '@/utils/text/i18n';
import { agreedWindows } from './agreed-terms';
import { latestStart, windowsFor, type AwaitingRoom } from './reply-windows';
import { tellClientBy } from './room-actions';
import type { Settings } from './settings';

/** A room nobody has said is on a contract or not is warned from this long of waiting: a day before the 7-day window would close. */
export const MAYBE_POLICY_AFTER = 6 * DAY;

export interface Threshold {
  /** The room and the threshold ("room|expected|180"); handledKey adds the deadline. */
  key: string;
  roomId: string;
  name: string;
  /**
   * A reply window; 'deadline': tell the client 24 h before an agreed deadline you will miss;
   * 'maybe-policy': a room of unknown contract from 6 days of waiting, in case it is on one.
   */
  window: WindowName | 'deadline' | 'maybe-policy';
  lead: number;
  at: number;
  deadline: number;
  /** Agreed terms stand in the 'expected' slot: the notice names them rather than the 24-hour window. */
  agreed?: string;
  /**
   * The wait's start is known only to a range wider than a minute: the threshold is placed at the
   * earliest possible deadline (never more time than the client gave) and the notice says the time is uncertain.
   */
  uncertain?: boolean;
}

/** What is recorded as handled: the threshold and its deadline, so a moved deadline is warned again. */
export const handledKey = (t: Threshold): string => `${t.key}|${t.deadline}`;

/** "Tell the client by" is 24 real hours before the deadline; the notice goes away once the deadline passes. */
export function deadlineThreshold(t: Thread, now: number): Threshold | null {
  if (!t.deadline || t.deadline <= now) return null;
  const at = tellClientBy(t.deadline);
  return {
    key: `${t.roomId}|deadline`,
    roomId: t.roomId,
    name: t.name || i18n('aClient'),
    window: 'deadline',
    lead: 24 * 60,
    at,
    deadline: t.deadline,
  };
}

export function thresholds(room: AwaitingRoom, s: Settings, lengths: WindowLengths): Threshold[] {
  const out: Threshold[] = [];
  const { roomId, waitingSince, name, terms } = room.thread;
  const uncertain = startRange(room.thread.exact, waitingSince, latestStart(room.thread)) === 'wide';
  // Agreed terms replace the 2- and 24-hour windows and warn with the 24-hour leads; the 7-day policy stays.
  const ends = terms
    ? agreedWindows(waitingSince, room.contract, terms, lengths).map((w) => [w.name, w.end] as const)
    : windowsFor(room.contract).map((w) => [w, waitingSince + lengths[w]] as const);
  for (const [window, deadline] of ends) {
    const agreed = terms && window === 'expected' ? termsLabel(terms) : undefined;
    for (const lead of s.leadMinutes[window]) {
      const at = deadline - lead * MINUTE;
      const key = `${roomId}|${agreed ? 'agreed' : window}|${lead}`;
      if (at >= waitingSince)
        out.push({
          key,
          roomId,
          name: name || i18n('aClient'),
          window,
          lead,
          at,
          deadline,
          ...(agreed && { agreed }),
          ...(uncertain && { uncertain }),
        });
    }
  }
  if (room.contractUnknown) {
    const at = waitingSince + MAYBE_POLICY_AFTER;
    out.push({
      key: `${roomId}|maybe-policy`,
      roomId,
      name: name || i18n('aClient'),
      window: 'maybe-policy',
      lead: 0,
      at,
      deadline: waitingSince + lengths.policy,
      ...(uncertain && { uncertain }),
    });
  }
  return out;
}
