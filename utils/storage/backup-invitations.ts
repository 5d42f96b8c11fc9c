// Invitations in the JSON backup: checked field by field (a backup is a file
// from anywhere), and merged on restore field by field (utils/rules/invitation-merge.ts).
import type { Invitation } from '@/utils/model/types';
import { isInvitationId } from '@/utils/upwork/addresses';
import { mergeInvitationCopies } from '@/utils/rules/invitation-merge';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
type IsTime = (v: unknown) => boolean;
const anyTime: IsTime = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length <= 1_000;

/** `isTime` bounds every time (a backup passes its 2000..now+1y check). */
export function isInvitation(v: unknown, isTime: IsTime = anyTime): v is Invitation {
  if (!isObj(v) || !isInvitationId(v.id) || !isStr(v.title) || !isStr(v.client)) return false;
  if (!isTime(v.receivedAt) || typeof v.exact !== 'boolean' || !isTime(v.firstSeenAt) || !isTime(v.lastSeenAt)) return false;
  const e = v.ended;
  return (
    e === null || (isObj(e) && isTime(e.at) && (e.how === 'accepted' || e.how === 'declined' || e.how === 'withdrawn' || e.how === 'gone'))
  );
}

/** Why the backup's invitations cannot be restored (1-based index), or null. Older backups have none. */
export function invitationsProblem(v: unknown, isTime: IsTime = anyTime): number | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return 0;
  const bad = v.findIndex((i) => !isInvitation(i, isTime));
  return bad >= 0 ? bad + 1 : null;
}

/** Invitations new to this browser, or that the merge with the backup changes (an answer is kept). */
export const invitationsToRestore = (backup: Invitation[], stored: ReadonlyMap<string, Invitation>): Invitation[] =>
  backup.flatMap((i) => {
    const here = stored.get(i.id);
    if (!here) return [i];
    const merged = mergeInvitationCopies(here, i);
    return same(merged, here) ? [] : [merged];
  });

const FIELDS = ['title', 'client', 'receivedAt', 'exact', 'firstSeenAt', 'lastSeenAt'] as const;
const same = (a: Invitation, b: Invitation) =>
  FIELDS.every((k) => a[k] === b[k]) && a.ended?.at === b.ended?.at && a.ended?.how === b.ended?.how;
