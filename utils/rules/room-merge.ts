// Two copies of one room (this browser's and a backup's) merged field by field. Pure.
// Invariant: the page's evidence comes from the copy that read the later message (the later change when
// both read the same one); each choice of the user from the copy that set it last (utils/rules/choices.ts).
// A dismissal holds only for the message it dismissed, as in the merge of a read.
import type { Thread } from '@/utils/model/types';
import { choicesOf, mergeChoices, withChoices, type Choices } from './choices';

/** The copy whose page evidence wins: the later last message, else the later change; `a` on a tie. */
function laterEvidence(a: Thread, b: Thread): Thread {
  const [x, y] = [a.last, b.last];
  if (x && y) {
    if (y.at.earliest > x.at.latest) return b;
    if (x.at.earliest > y.at.latest) return a;
  } else if (x || y) return x ? a : b;
  return b.updatedAt > a.updatedAt ? b : a;
}

/** `stored` merged with `other`; `stored` wins ties (this browser read it). */
export function mergeRooms(stored: Thread, other: Thread): Thread {
  const page = laterEvidence(stored, other);
  const rest = page === stored ? other : stored;
  const base: Thread = {
    ...page,
    name: page.name || rest.name,
    title: page.title || rest.title,
    updatedAt: Math.max(stored.updatedAt, other.updatedAt),
  };
  return settleDismissal(withChoices(base, mergeChoices(choicesOf(stored), choicesOf(other))), [stored, other]);
}

/**
 * A dismissal of the last message stops its wait; one of an earlier message (the client wrote since, or
 * the room was answered) has ended. A wait emptied by a dismissal undone in the other copy comes back.
 */
function settleDismissal(t: Thread, copies: Thread[]): Thread {
  const last = t.last;
  const covers = (lastAt: number) => last?.by === 'client' && lastAt >= last.at.earliest;
  if (t.dismissed) return covers(t.dismissed.lastAt) ? { ...t, waitingSince: null } : { ...t, dismissed: null };
  if (last?.by !== 'client' || t.waitingSince !== null) return t;
  const same = copies.find(
    (c) => c.waitingSince !== null && c.last && c.last.at.earliest <= last.at.latest && last.at.earliest <= c.last.at.latest,
  );
  if (same) return { ...t, waitingSince: same.waitingSince, exact: same.exact };
  const undone = copies.map((c) => c.dismissed).find((d) => d && covers(d.lastAt));
  return undone ? { ...t, waitingSince: undone.waitingSince, exact: undone.exact } : t;
}

/** Equal in everything but the time of the last change, whatever the order of the fields. */
export function sameRoom(a: Thread, b: Thread): boolean {
  const canon = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([p], [q]) => (p < q ? -1 : 1))
            .map(([k, x]) => [k, canon(x)]),
        )
      : Array.isArray(v)
        ? v.map(canon)
        : v;
  return JSON.stringify(canon({ ...a, updatedAt: 0 })) === JSON.stringify(canon({ ...b, updatedAt: 0 }));
}

/** `local` with choices from elsewhere (another browser's sync record) merged in, choice by choice. */
export const withRemoteChoices = (local: Thread, remote: Choices): Thread => mergeRooms(local, withChoices(local, remote));
