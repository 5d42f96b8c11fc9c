// The IndexedDB schema and its numbered migrations. The backup's schema
// number is this DB_VERSION: one constant for both.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Invitation, LogEntry, PageStatus, ProposalsStatus, Thread } from '@/utils/model/types';
import { choicesOf, withChoices } from '@/utils/rules/choices';

export const DB_NAME = 'reply-window';
export const DB_VERSION = 6;

/** The ids of every room that carries a choice (and perhaps a few that no longer do): see chosen-rooms.ts. */
export interface ChosenRooms {
  ids: string[];
}

export interface ReplyWindowDB extends DBSchema {
  /**
   * Indexed so the worker and the popup read only what they need in an agency inbox of 10,000 rooms:
   * the rooms with a wait (a null waitingSince is not indexed), with a deadline, dismissed, and the
   * oldest (to forget them), and those tagged Direct Messages (for the stats). A record whose field
   * is null or absent is simply not in that index.
   */
  threads: {
    key: string;
    value: Thread;
    indexes: { waitingSince: number; deadline: number; dismissedAt: number; updatedAt: number; direct: number };
  };
  /** The page's status (key 'page'), and the ids of the rooms with choices (key 'chosen', chosen-rooms.ts). */
  meta: { key: 'page' | 'chosen'; value: PageStatus | ChosenRooms };
  /** Warnings already handled (shown, summarised or silenced): key -> when. */
  notices: { key: string; value: { key: string; at: number } };
  /** The response log: one entry per answer; indexed by when it was answered, for pruning. */
  log: { key: string; value: LogEntry; indexes: { replyAt: number } };
  /** Invitations to apply, by their digits id. */
  invitations: { key: string; value: Invitation };
  /** What the last read of the proposals page recognised (key 'status'). */
  proposals: { key: 'status'; value: ProposalsStatus };
}

/**
 * Numbered steps, never edited once shipped: a database of any past version
 * walks up from where it is. `to` lets tests build a database of a past version.
 */
export function migrate(
  database: IDBPDatabase<ReplyWindowDB>,
  from: number,
  to: number,
  /** The upgrade's own transaction: needed to add an index to a store that exists. */
  tx?: IDBPTransaction<ReplyWindowDB, StoreNames<ReplyWindowDB>[], 'versionchange'>,
): void {
  if (from < 1 && to >= 1) {
    database.createObjectStore('threads', { keyPath: 'roomId' });
    database.createObjectStore('meta');
  }
  if (from < 2 && to >= 2) {
    database.createObjectStore('notices', { keyPath: 'key' });
  }
  if (from < 3 && to >= 3) {
    database.createObjectStore('log', { keyPath: 'id' }).createIndex('replyAt', 'replyAt');
  }
  if (from < 4 && to >= 4) {
    const threads = tx!.objectStore('threads');
    threads.createIndex('waitingSince', 'waitingSince');
    threads.createIndex('deadline', 'deadline');
    threads.createIndex('dismissedAt', 'dismissed.at');
    threads.createIndex('updatedAt', 'updatedAt');
    database.createObjectStore('invitations', { keyPath: 'id' });
    database.createObjectStore('proposals');
  }
  if (from < 5 && to >= 5) {
    // Sparse: only the few rooms the user tagged carry the field, so the stats read just those.
    tx!.objectStore('threads').createIndex('direct', 'direct');
  }
  if (from < 6 && to >= 6) {
    // Choices keep when they were set. A stored choice gets the time it implies now, before later reads
    // move updatedAt and make it look newer than it is (utils/rules/choices.ts).
    void stampStoredChoices(tx!.objectStore('threads'));
  }
}

/** Walks the rooms inside the upgrade's transaction (the upgrade completes only after it). */
async function stampStoredChoices(store: { openCursor(): Promise<Cursor | null> }): Promise<void> {
  for (let c = await store.openCursor(); c; c = await c.continue()) {
    const stamped = withChoices(c.value, choicesOf(c.value));
    if (stamped.chosenAt) await c.update(stamped);
  }
}

interface Cursor {
  value: Thread;
  update(v: Thread): Promise<unknown>;
  continue(): Promise<Cursor | null>;
}
