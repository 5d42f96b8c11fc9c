// Issue 20, item 11: a restore merges each room field by field: the page's evidence by recency, each
// choice of the user by when it was set. The README's new-computer flow reads Messages before restoring.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Thread } from '@/utils/model/types';
import { HOUR, MINUTE } from '@/utils/model/time';
import { emptyThread } from '@/utils/rules/threads';
import { stampChoices } from '@/utils/rules/choices';
import { isAwaiting } from '@/utils/rules/reply-windows';
import { makeBackup, restorePlan, checkBackup, type Backup } from '@/utils/storage/backup';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';

const T = Date.UTC(2026, 4, 4, 15);
const R = 'room_' + '1'.repeat(32);
const D = 'room_' + '2'.repeat(32);
const clientAt = (at: number) => ({ by: 'client' as const, at: { earliest: at, latest: at + MINUTE - 1 }, seenAt: at + MINUTE });
const awaiting = (roomId: string, at: number, updatedAt: number): Thread => ({
  ...emptyThread(roomId, updatedAt),
  name: 'Ada L.',
  title: 'Shop',
  last: clientAt(at),
  waitingSince: at,
  exact: true,
});
/** What the old computer had: every choice made, some days before the backup (an old backup: no set-times). */
const backedUp: Thread[] = [
  {
    ...awaiting(R, T - 3 * HOUR, T - 2 * HOUR),
    contractTag: 'active',
    terms: { hours: 72, working: null },
    deadline: T + 5 * 24 * HOUR,
    direct: T - 2 * HOUR,
    snooze: { until: T + 2 * HOUR, lastAt: T - 3 * HOUR },
  },
  {
    ...awaiting(D, T - 4 * HOUR, T - 2 * HOUR),
    waitingSince: null,
    dismissed: { at: T - 2 * HOUR, lastAt: T - 4 * HOUR + MINUTE - 1, waitingSince: T - 4 * HOUR, exact: true },
  },
];
const backup = (threads: Thread[]): Backup => {
  const c = checkBackup(makeBackup(T - HOUR, DEFAULT_SETTINGS, EMPTY_STATUS, threads, []), T);
  if (!c.ok) throw new Error(c.reason);
  return c.backup;
};
/** The new computer read Messages before the restore: the same messages, read later, no choice. */
const readHere = new Map<string, Thread>([
  [R, { ...awaiting(R, T - 3 * HOUR, T), dismissed: null, snooze: null }],
  [D, { ...awaiting(D, T - 4 * HOUR, T), dismissed: null }],
]);
const restored = (b: Backup, stored: ReadonlyMap<string, Thread>) =>
  new Map(restorePlan(b, stored, new Set(), T).threads.map((t) => [t.roomId, t]));

describe('a restore after Messages was read (new computer)', () => {
  it('"each choice is kept by when it was set": the backed-up terms, tags, deadline, snooze and dismissal survive', () => {
    const got = restored(backup(backedUp), readHere);
    expect(got.get(R)).toMatchObject({
      contractTag: 'active',
      terms: { hours: 72, working: null },
      deadline: T + 5 * 24 * HOUR,
      direct: T - 2 * HOUR,
      snooze: { until: T + 2 * HOUR },
      // The page's evidence is this computer's newer read.
      last: readHere.get(R)!.last,
      waitingSince: T - 3 * HOUR,
    });
    expect(got.get(D)?.dismissed).toMatchObject({ at: T - 2 * HOUR });
    expect(isAwaiting(got.get(D)!)).toBe(false);
  });

  it('a choice made here after the backup, or cleared here after it, is kept', () => {
    const here = new Map(readHere);
    const r = here.get(R)!;
    const tagged = stampChoices(r, { ...r, terms: { hours: 24, working: null }, contractTag: 'none', updatedAt: T - 40 * MINUTE });
    here.set(R, stampChoices(tagged, { ...tagged, contractTag: null, updatedAt: T - 30 * MINUTE }));
    const got = restored(backup(backedUp), here).get(R)!;
    expect(got.terms).toEqual({ hours: 24, working: null });
    expect(got.contractTag).toBeNull();
    // What was not chosen here comes from the backup.
    expect(got.deadline).toBe(T + 5 * 24 * HOUR);
  });

  it('a newer message in the backup brings its evidence; a dismissal of an older message does not come back', () => {
    const newer = { ...backedUp[1], last: clientAt(T - 90 * MINUTE), waitingSince: T - 90 * MINUTE, dismissed: null, updatedAt: T - HOUR };
    const got = restored(backup([newer]), new Map([[D, backedUp[1]]])).get(D)!;
    expect(got.last).toEqual(newer.last);
    expect(got.dismissed ?? null).toBeNull();
    expect(got.waitingSince).toBe(T - 90 * MINUTE);
  });

  it('an old backup (schema 5, no set-times) still restores, its choices with the times they imply', () => {
    const text = makeBackup(T - HOUR, DEFAULT_SETTINGS, EMPTY_STATUS, backedUp, []).replace(/"schema": \d+/, '"schema": 5');
    const c = checkBackup(text, T);
    if (!c.ok) throw new Error(c.reason);
    const got = restored(c.backup, readHere).get(R)!;
    expect(got).toMatchObject({
      contractTag: 'active',
      terms: { hours: 72 },
      chosenAt: { contractTag: T - 2 * HOUR, direct: T - 2 * HOUR },
    });
    const fresh = restored(c.backup, new Map()).get(D)!;
    expect(fresh.chosenAt).toEqual({ dismissed: T - 2 * HOUR });
  });

  test.prop([fc.subarray(backedUp, { minLength: 1 })])('a restore run twice writes nothing the second time', (rooms) => {
    const b = backup(rooms);
    const once = new Map(readHere);
    for (const t of restorePlan(b, once, new Set(), T).threads) once.set(t.roomId, t);
    expect(restorePlan(b, once, new Set(), T).threads).toEqual([]);
  });
});
