// Repeated 7-day misses: Upwork escalates them ("first, a friendly reminder,
// then temporary account restrictions"). Counted per room (one client
// conversation) over the last 90 days, from the response log. Pure.
import { DAY } from '@/utils/model/time';
import type { LogEntry } from '@/utils/model/types';
import { WINDOWS } from './reply-windows';

/** Upwork looks back this far at repeated misses (as the responsiveness tag does). */
export const MISSES_PERIOD = 90 * DAY;

/** When an answer missed the 7-day policy, the instant it was missed; null when it did not (or not on a contract). */
export function missedAt(e: LogEntry): number | null {
  if (e.kind !== 'reply' || !e.contract) return null;
  const closed = e.clientAt + WINDOWS.policy;
  return e.replyAt >= closed ? closed : null;
}

/** Room id -> how many 7-day misses it had in the 90 days before `now` (rooms without a miss are absent). */
export function missesByRoom(log: readonly LogEntry[], now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of log) {
    const at = missedAt(e);
    if (at !== null && at > now - MISSES_PERIOD && at <= now) out.set(e.roomId, (out.get(e.roomId) ?? 0) + 1);
  }
  return out;
}

export interface MissesRow {
  roomId: string;
  /** The client's name as the room shows it, or null when the room is no longer stored. */
  name: string | null;
  misses: number;
}

/** The rooms with 7-day misses in 90 days, most misses first (then by name), for the stats page. */
export function missesRows(misses: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): MissesRow[] {
  return (
    [...misses]
      .map(([roomId, n]) => ({ roomId, name: names.get(roomId) ?? null, misses: n }))
      // Unknown names last: a row without one says only "a client".
      .sort(
        (a, b) => b.misses - a.misses || Number(a.name === null) - Number(b.name === null) || (a.name ?? '').localeCompare(b.name ?? ''),
      )
  );
}
