// The IndexedDB schema and its numbered migrations. The backup's schema
// number is this DB_VERSION: one constant for both.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Invitation, LogEntry, PageStatus, ProposalsStatus, Thread } from '@/utils/model/types';

export const DB_NAME = 'reply-window';
export const DB_VERSION = 4;

export interface ReplyWindowDB extends DBSchema {
  threads: { key: string; value: Thread };
  meta: { key: 'page'; value: PageStatus };
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
export function migrate(database: IDBPDatabase<ReplyWindowDB>, from: number, to: number): void {
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
    database.createObjectStore('invitations', { keyPath: 'id' });
    database.createObjectStore('proposals');
  }
}
