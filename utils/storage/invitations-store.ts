// Invitations to apply, and what the last read of the proposals page recognised.
import type { Invitation, InvitationObservation, ProposalsStatus } from '@/utils/model/types';
import { EMPTY_PROPOSALS, mergeInvitations, proposalsAfter } from '@/utils/rules/invitations';
import { isForgottenInvitation, newestInvitation, pruneAsOf } from '@/utils/rules/retention';
import { db } from './connection';

/** Merges one read of the proposals page (or an invitation's page) in one transaction; returns what changed. */
export async function storeInvitations(obs: InvitationObservation): Promise<Invitation[]> {
  const tx = (await db()).transaction(['invitations', 'proposals'], 'readwrite');
  const store = tx.objectStore('invitations');
  const [all, status] = await Promise.all([store.getAll(), tx.objectStore('proposals').get('status')]);
  const changed = mergeInvitations(new Map(all.map((i) => [i.id, i])), obs);
  await Promise.all([
    ...changed.map((i) => store.put(i)),
    tx.objectStore('proposals').put(proposalsAfter(status ?? EMPTY_PROPOSALS, obs), 'status'),
    tx.done,
  ]);
  return changed;
}

/**
 * Forgets invitations received more than 13 months ago; returns how many. `read`: the invitations the
 * caller already read (a refresh has), so none are read twice and most refreshes write nothing.
 */
export async function pruneInvitations(now: number, read?: readonly Invitation[]): Promise<number> {
  const all = read ?? (await allInvitations());
  const asOf = pruneAsOf(now, newestInvitation(all));
  const old = all.filter((i) => isForgottenInvitation(i, asOf));
  if (!old.length) return 0;
  const tx = (await db()).transaction('invitations', 'readwrite');
  await Promise.all([...old.map((i) => tx.store.delete(i.id)), tx.done]);
  return old.length;
}

export async function allInvitations(): Promise<Invitation[]> {
  return (await db()).getAll('invitations');
}

export async function proposalsStatus(): Promise<ProposalsStatus> {
  return (await (await db()).get('proposals', 'status')) ?? EMPTY_PROPOSALS;
}
