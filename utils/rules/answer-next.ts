// "What to answer next": the popup's order. Pure. Three groups, in this order:
//   1. 7-day risks: the 7-day window may apply (active contract, or contract unknown) and is still
//      open with one day or less left; the soonest 7-day deadline first. Missing it can cost the
//      contract, so nothing sits above it.
//   2. Rooms whose next window can still be saved (one of their windows is open), soonest deadline first.
//   3. Rooms with no window left to save, longest wait first.
// Ties go by room id, so the order never flickers between two reads of the same data.
import { DAY } from '@/utils/model/time';
import type { WindowLengths } from '@/utils/model/types';
import type { AwaitingRoom } from './reply-windows';

/** How close to its 7-day deadline a room becomes a risk. */
export const RISK_LEAD = DAY;

/** The 7-day window may apply: the room is on an active contract, or nobody knows. */
const mayBeOnContract = (r: AwaitingRoom) => r.contract === 'active' || r.contractUnknown;

/** The 7-day deadline of a room whose 7-day window may apply, or null. */
export const policyDeadline = (r: AwaitingRoom, lengths: WindowLengths): number | null =>
  mayBeOnContract(r) ? r.thread.waitingSince + lengths.policy : null;

/** The room's 7-day deadline when it is at risk now (open, ≤ RISK_LEAD left), else null. */
export function sevenDayRisk(r: AwaitingRoom, now: number, lengths: WindowLengths): number | null {
  const end = policyDeadline(r, lengths);
  return end !== null && now < end && end - now <= RISK_LEAD ? end : null;
}

/** A window of this room can still be met: the 7-day one if at risk, else the one the rules say is open. */
export const canStillSave = (r: AwaitingRoom, now: number, lengths: WindowLengths): boolean =>
  r.status.open !== null || sevenDayRisk(r, now, lengths) !== null;

const byId = (a: AwaitingRoom, b: AwaitingRoom) => (a.thread.roomId < b.thread.roomId ? -1 : a.thread.roomId > b.thread.roomId ? 1 : 0);

export function answerNext(rooms: readonly AwaitingRoom[], now: number, lengths: WindowLengths): AwaitingRoom[] {
  const keyed = rooms.map((room) => {
    const risk = sevenDayRisk(room, now, lengths);
    // group, then the number to sort by within it
    const [group, at] = risk !== null ? [0, risk] : room.status.open !== null ? [1, room.status.deadline] : [2, room.thread.waitingSince];
    return { room, group, at };
  });
  keyed.sort((a, b) => a.group - b.group || a.at - b.at || byId(a.room, b.room));
  return keyed.map((k) => k.room);
}

/** The next instant a room enters or leaves the 7-day risk group: the order changes then, though no state may. */
export function nextRiskAt(rooms: readonly AwaitingRoom[], now: number, lengths: WindowLengths): number | null {
  let next: number | null = null;
  for (const r of rooms) {
    const end = policyDeadline(r, lengths);
    if (end === null) continue;
    for (const at of [end - RISK_LEAD, end]) if (at > now && (next === null || at < next)) next = at;
  }
  return next;
}
