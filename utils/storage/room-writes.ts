// The user's actions on one room, each in one transaction with its log entry and the choices index
// (chosen-rooms.ts): a choice is never stored without its room's id in that index.
import { logEntryId } from '@/utils/rules/response-log';
import { undoDismiss } from '@/utils/rules/room-actions';
import { stampChoices } from '@/utils/rules/choices';
import type { LogEntry, Thread } from '@/utils/model/types';
import { noteChoices } from './chosen-rooms';
import { db } from './connection';

/** Applies a user action to one room; `change` returns null when it does not apply. `entry` may log it. */
export async function updateThread(
  roomId: string,
  change: (t: Thread) => Thread | null,
  entry?: (before: Thread) => LogEntry | null,
): Promise<Thread | null> {
  const tx = (await db()).transaction(['threads', 'log', 'meta'], 'readwrite');
  const store = tx.objectStore('threads');
  const t = await store.get(roomId);
  // Every choice records when it was set (or cleared): a restore or a sync keeps the later one.
  const next = t ? stampOrNull(t, change(t)) : null;
  const logged = next && t && entry ? entry(t) : null;
  if (next) await Promise.all([store.put(next), noteChoices(tx.objectStore('meta'), [next])]);
  if (logged) await tx.objectStore('log').put(logged);
  await tx.done;
  return next;
}

const stampOrNull = (before: Thread, after: Thread | null) => (after ? stampChoices(before, after) : null);

/** Undoes "no reply needed" and drops its log entry in one transaction: both happen, or neither. */
export async function undoDismissal(roomId: string, now: number): Promise<Thread | null> {
  const tx = (await db()).transaction(['threads', 'log', 'meta'], 'readwrite');
  const store = tx.objectStore('threads');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    const t = await store.get(roomId);
    const next = t ? stampOrNull(t, undoDismiss(t, now)) : null;
    if (next && t?.dismissed) {
      pending.push(store.put(next));
      pending.push(noteChoices(tx.objectStore('meta'), [next]));
      pending.push(tx.objectStore('log').delete(logEntryId(roomId, t.dismissed.at)));
    }
    await Promise.all(pending);
    return next;
  } catch (err) {
    // A failed half takes the other half with it.
    for (const p of pending) p.catch(() => undefined);
    if (!tx.error) tx.abort();
    throw err;
  }
}
