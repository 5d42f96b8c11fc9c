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
