// Two copies of one invitation (this browser's and a backup's) merged field by field. Pure.
// Invariant: an answer seen on the invitation's page (accepted, declined) is kept whatever the other copy
// says; an end that is not an answer (withdrawn, gone) stands unless the other copy saw it listed after it,
// as a read of the list would decide. The merge gives the same record in either order.
import type { Invitation } from '@/utils/model/types';

type End = NonNullable<Invitation['ended']>;
const isAnswer = (e: End | null): e is End => !!e && (e.how === 'accepted' || e.how === 'declined');
/** The earlier end, then the answer's name: a total order, so either order gives the same end. */
const first = (a: End, b: End): End => (a.at !== b.at ? (a.at < b.at ? a : b) : a.how <= b.how ? a : b);

function mergedEnd(a: Invitation, b: Invitation, lastSeenAt: number): End | null {
  const answers = [a.ended, b.ended].filter(isAnswer);
  if (answers.length) return answers.reduce(first);
  const ends = [a.ended, b.ended].filter((e): e is End => !!e);
  if (!ends.length) return null;
  // The latest end that no listing came after.
  const latest = ends.reduce((x, y) => (x.at !== y.at ? (x.at > y.at ? x : y) : first(x, y)));
  return lastSeenAt > latest.at ? null : latest;
}

export function mergeInvitationCopies(a: Invitation, b: Invitation): Invitation {
  // Text from the copy that saw it listed last (the same: the one whose text sorts first, for either order).
  const text = a.lastSeenAt !== b.lastSeenAt ? (a.lastSeenAt > b.lastSeenAt ? a : b) : a.title + a.client <= b.title + b.client ? a : b;
  // Each copy's start is an earliest bound of the true time: the later bound is the better one.
  const start = a.receivedAt !== b.receivedAt ? (a.receivedAt > b.receivedAt ? a : b) : a.exact ? a : b;
  const lastSeenAt = Math.max(a.lastSeenAt, b.lastSeenAt);
  return {
    id: a.id,
    title: text.title || a.title || b.title,
    client: text.client || a.client || b.client,
    receivedAt: start.receivedAt,
    exact: start.exact,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastSeenAt,
    ended: mergedEnd(a, b, lastSeenAt),
  };
}
