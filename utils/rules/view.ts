// What the stored threads mean at one instant, with the user's settings: the
// one derivation that the worker (badge, warnings, marks) and the popup share.
// Invariant: both see the same threads, clamped to now (clock-skew), so they never disagree.
import type { Thread, WindowLengths } from '@/utils/model/types';
import { clampThread } from './clock-skew';
import { awaitingRooms, nextChangeAt, type AwaitingRoom } from './reply-windows';
import { isAway, windowLengths, type Settings } from './settings';

export interface DerivedView {
  lengths: WindowLengths;
  /** Every room awaiting a reply, snoozed ones included. */
  rooms: AwaitingRoom[];
  away: boolean;
  /** The next instant any room changes state (a window closes, a snooze ends), or null. */
  nextChangeAt: number | null;
}

export function deriveView(threads: Iterable<Thread>, settings: Settings, now: number): DerivedView {
  const lengths = windowLengths(settings);
  // Times stored while the clock ran ahead are clamped here, for every reader of the view.
  const clamped = [...threads].map((t) => clampThread(t, now));
  const rooms = awaitingRooms(clamped, now, lengths);
  return { lengths, rooms, away: isAway(settings, now), nextChangeAt: nextChangeAt(rooms) };
}

/** The rooms the badge counts: not snoozed, and past best practice if the user asked for that. */
export const countedRooms = (rooms: AwaitingRoom[], settings: Settings): AwaitingRoom[] =>
  rooms.filter((r) => r.snoozedUntil === null && (settings.badgeCounts === 'all' || r.status.state !== 'on-time'));
