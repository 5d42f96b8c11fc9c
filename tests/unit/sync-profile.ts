// Two "profiles" for the sync tests: a fresh fake IndexedDB holding one room read from the page, waiting
// for a reply since an hour ago (the browser's storage is the fake browser, reset by the caller).
import { IDBFactory } from 'fake-indexeddb';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { emptyThread } from '@/utils/rules/threads';
import * as store from '@/utils/storage/db';

export function waitingRoom(roomId: string, now: number): Thread {
  return {
    ...emptyThread(roomId, now - HOUR),
    last: { by: 'client', at: { earliest: now - HOUR, latest: now - HOUR + MINUTE - 1 }, seenAt: now - HOUR },
    waitingSince: now - HOUR,
    exact: true,
  };
}

export async function freshProfile(thread: Thread): Promise<void> {
  await store.closeDb();
  globalThis.indexedDB = new IDBFactory();
  await (await store.db()).put('threads', thread);
}
