// What touches every store at once: "delete everything", and the merge of a restored backup.
import { EMPTY_STATUS } from '@/utils/rules/threads';
import type { PageStatus } from '@/utils/model/types';
import { pageAfterRestore, restorePlan, type Backup } from './backup';
import { invitationsToRestore } from './backup-invitations';
import { emptyChosen, noteChoices } from './chosen-rooms';
import { db } from './connection';

/** "Delete everything": every room, every record of the page, every handled warning. */
export async function deleteAllData(): Promise<void> {
  const tx = (await db()).transaction(['threads', 'meta', 'notices', 'log', 'invitations', 'proposals'], 'readwrite');
  const meta = tx.objectStore('meta');
  await Promise.all([
    tx.objectStore('invitations').clear(),
    tx.objectStore('proposals').clear(),
    tx.objectStore('threads').clear(),
    meta.clear().then(() => emptyChosen(meta)),
    tx.objectStore('notices').clear(),
    tx.objectStore('log').clear(),
    tx.done,
  ]);
}

/** Merges a checked backup in one transaction; returns how many rooms and entries it added or updated. */
export async function restoreBackup(backup: Backup, now: number): Promise<{ threads: number; log: number }> {
  const tx = (await db()).transaction(['threads', 'log', 'meta', 'invitations'], 'readwrite');
  const meta = tx.objectStore('meta');
  const [threads, logIds, page, invitations] = await Promise.all([
    tx.objectStore('threads').getAll(),
    tx.objectStore('log').getAllKeys(),
    meta.get('page') as Promise<PageStatus | undefined>,
    tx.objectStore('invitations').getAll(),
  ]);
  const plan = restorePlan(backup, new Map(threads.map((t) => [t.roomId, t])), new Set(logIds), now);
  const invited = invitationsToRestore(backup.invitations ?? [], new Map(invitations.map((i) => [i.id, i])));
  await Promise.all([
    ...invited.map((i) => tx.objectStore('invitations').put(i)),
    ...plan.threads.map((t) => tx.objectStore('threads').put(t)),
    ...plan.log.map((e) => tx.objectStore('log').put(e)),
    meta.put(pageAfterRestore(page ?? EMPTY_STATUS, backup, now), 'page'),
    noteChoices(meta, plan.threads),
    tx.done,
  ]);
  return { threads: plan.threads.length, log: plan.log.length };
}
