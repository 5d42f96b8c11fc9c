// The index of the rooms with choices: one record in `meta` (key 'chosen') that lists the id of every
// room carrying a user's choice, so the choices' sync pass on every wake reads those few rooms, never
// the 10,000 an agency stores. No schema change: a database from before it (any version up to 6) has
// no list, and the first read builds it from one walk of the rooms; until then writers leave it absent
// (a partial list would look complete).
// Invariant: the rooms with choices are all in the choices index. Every transaction that gives a room a
// choice adds its id in that same transaction; an id may outlive its room's choices (readers check).
import type { IDBPDatabase } from 'idb';
import type { Thread } from '@/utils/model/types';
import { choicesOf } from '@/utils/rules/choices';
import { db } from './connection';
import type { ChosenRooms, ReplyWindowDB } from './schema';

export const CHOSEN_KEY = 'chosen';

/** A choice set or cleared (a clearing is a tombstone the sync must carry): what the sync writes a record for. */
export const hasChoices = (t: Thread): boolean => Object.keys(choicesOf(t)).length > 0;

/** The `meta` store of a read-write transaction, as the writers hold it. */
interface MetaStore {
  get(key: typeof CHOSEN_KEY): Promise<unknown>;
  put(value: ChosenRooms, key: typeof CHOSEN_KEY): Promise<unknown>;
}

const listOf = (v: unknown): string[] | null => {
  const ids = (v as ChosenRooms | undefined)?.ids;
  return Array.isArray(ids) ? ids : null;
};

/** In the writer's transaction: adds the rooms that carry a choice, and drops `gone` (deleted rooms). */
export async function noteChoices(meta: MetaStore, written: readonly Thread[], gone: readonly string[] = []): Promise<void> {
  const before = listOf(await meta.get(CHOSEN_KEY));
  if (!before) return; // not built yet: the first read builds it whole
  const ids = new Set(before);
  let changed = false;
  for (const t of written) {
    if (!hasChoices(t) || ids.has(t.roomId)) continue;
    ids.add(t.roomId);
    changed = true;
  }
  for (const id of gone) changed = ids.delete(id) || changed;
  if (changed) await meta.put({ ids: [...ids] }, CHOSEN_KEY);
}

/** After "delete everything": an empty list, so the next pass need not walk the (empty) rooms. */
export const emptyChosen = (meta: MetaStore) => meta.put({ ids: [] }, CHOSEN_KEY);

/** The rooms that carry a choice, with `also` (rooms with a synced record), read by id in one transaction. */
export async function roomsWithChoices(also: Iterable<string> = []): Promise<Thread[]> {
  const d = await db();
  const ids = listOf(await d.get('meta', CHOSEN_KEY)) ?? (await buildChosen(d));
  const tx = d.transaction('threads');
  const found = await Promise.all([...new Set([...ids, ...also])].map((id) => tx.store.get(id)));
  return found.filter((t): t is Thread => !!t);
}

/** Once per database: the list from one walk of every room, in a transaction that writers wait for. */
async function buildChosen(d: IDBPDatabase<ReplyWindowDB>): Promise<string[]> {
  const tx = d.transaction(['threads', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const built = listOf(await meta.get(CHOSEN_KEY)); // another pass built it meanwhile
  const ids = built ?? (await tx.objectStore('threads').getAll()).filter(hasChoices).map((t) => t.roomId);
  if (!built) await meta.put({ ids }, CHOSEN_KEY);
  await tx.done;
  return ids;
}
