// The user's choices about a room, each with the time it was set: merged choice by choice, the later
// setting winning, so two copies of a room (a backup and this browser, or two browsers) agree whatever
// order they meet in. Pure; the restore uses it, and so will storage.sync.
// Invariant: merge is commutative, associative and idempotent per choice, and a clearing (a tombstone) wins
// over an older value.
import type { Thread } from '@/utils/model/types';

/** Every choice the user makes about a room (the fields of Thread they live in). */
export const CHOICES = ['contractTag', 'terms', 'deadline', 'direct', 'snooze', 'dismissed'] as const;
export type ChoiceName = (typeof CHOICES)[number];
/** When each choice was last set or cleared; a cleared choice keeps its time (a tombstone). */
export type ChoiceTimes = Partial<Record<ChoiceName, number>>;

/** One choice and when it was set; `value` null: cleared at `at`. */
export interface Stamped {
  value: unknown;
  at: number;
}
export type Choices = Partial<Record<ChoiceName, Stamped>>;

const rank = (s: Stamped): [number, number, string] => [s.at, s.value === null ? 1 : 0, JSON.stringify(s.value) ?? ''];

/**
 * The later of two settings of one choice. A total order (time, then a clearing over a value, then the
 * value's text), so the merge is its maximum: commutative, associative and idempotent.
 */
export function mergeStamped(a: Stamped | undefined, b: Stamped | undefined): Stamped | undefined {
  if (!a || !b) return a ?? b;
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i] ? a : b;
  return a;
}

export function mergeChoices(a: Choices, b: Choices): Choices {
  const out: Choices = {};
  for (const name of CHOICES) {
    const m = mergeStamped(a[name], b[name]);
    if (m) out[name] = m;
  }
  return out;
}

/**
 * When a choice stored without its time (before set-times were kept, or in an old backup) was set, at
 * the latest: a dismissal and a Direct Messages tag keep their own time, the others the room's last change.
 */
export function impliedTime(t: Thread, name: ChoiceName): number {
  if (name === 'dismissed' && t.dismissed) return t.dismissed.at;
  if (name === 'direct' && typeof t.direct === 'number') return t.direct;
  return t.updatedAt;
}

/**
 * A room's choices. A value without a time gets its implied time; an empty field without a time was never
 * chosen (the page's merge empties a dismissal or a snooze when the client writes again: not a choice).
 */
export function choicesOf(t: Thread): Choices {
  const out: Choices = {};
  for (const name of CHOICES) {
    const value = t[name] ?? null;
    const at = t.chosenAt?.[name];
    if (at !== undefined) out[name] = { value, at };
    else if (value !== null) out[name] = { value, at: impliedTime(t, name) };
  }
  return out;
}

/** `t` carrying these choices and their times (choices absent here stay as `t` has them). */
export function withChoices(t: Thread, c: Choices): Thread {
  const next: Record<string, unknown> = { ...t };
  const chosenAt: ChoiceTimes = { ...t.chosenAt };
  for (const name of CHOICES) {
    const s = c[name];
    if (!s) continue;
    next[name] = s.value;
    chosenAt[name] = s.at;
  }
  return { ...(next as unknown as Thread), ...(Object.keys(chosenAt).length && { chosenAt }) };
}

/** `after` with the time of every choice that differs from `before` set to `after.updatedAt` (when it was made). */
export function stampChoices(before: Thread, after: Thread): Thread {
  const changed = CHOICES.filter((n) => JSON.stringify(before[n] ?? null) !== JSON.stringify(after[n] ?? null));
  if (!changed.length) return after;
  return { ...after, chosenAt: { ...after.chosenAt, ...Object.fromEntries(changed.map((n) => [n, after.updatedAt])) } };
}
