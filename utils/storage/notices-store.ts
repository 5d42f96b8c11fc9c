// Warnings already handled (shown, summarised or silenced), and when: read and recorded by each refresh.
import { DAY } from '@/utils/model/time';
import { isRoomId } from '@/utils/upwork/addresses';
import { db } from './connection';

/** Handled warnings are kept this long, well past the longest window. */
const NOTICE_TTL = 30 * DAY;

/**
 * What was handled, and when. One stamped after `now` (the clock went back)
 * cannot be ordered against any wait: it is left out, so a new wait is warned
 * (at worst a warning repeats once) rather than silenced.
 */
export async function handledNotices(now = Date.now()): Promise<Map<string, number>> {
  const all = await (await db()).getAll('notices');
  return new Map(all.filter((n) => n.at <= now).map((n) => [n.key, n.at]));
}

/**
 * Records handled warnings and forgets those that can no longer matter, in one
 * transaction. Invariant: a warning is handled for one room, one threshold and one
 * deadline (its key, notify-plan's handledKey), and kept exactly while the wait it belongs to lasts. A room's warnings are kept while its wait lasts, however long
 * ("once per wait, ever"); they go once that wait has ended. Other records
 * (deadlines, digests, reminders) go after NOTICE_TTL.
 * `waits`: roomId -> start of its current wait, for every room awaiting a reply.
 */
export async function recordNotices(keys: string[], now: number, waits: ReadonlyMap<string, number>): Promise<void> {
  const tx = (await db()).transaction('notices', 'readwrite');
  const old = (await tx.store.getAll()).filter((n) => noticeEnded(n, now, waits));
  await Promise.all([...keys.map((key) => tx.store.put({ key, at: now })), ...old.map((n) => tx.store.delete(n.key)), tx.done]);
}

function noticeEnded(n: { key: string; at: number }, now: number, waits: ReadonlyMap<string, number>): boolean {
  const [roomId, kind] = n.key.split('|');
  if (isRoomId(roomId) && kind !== 'deadline') {
    const since = waits.get(roomId);
    return since === undefined || n.at < since;
  }
  return n.at < now - NOTICE_TTL;
}
