// Issue 24, first part: one room's choices as a storage.sync record, read back by another browser, and
// which records fit the quota. The same merge as the restore (utils/rules/choices.ts).
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Thread } from '@/utils/model/types';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { stampChoices } from '@/utils/rules/choices';
import { withRemoteChoices } from '@/utils/rules/room-merge';
import { emptyThread } from '@/utils/rules/threads';
import { fitRecords, itemBytes, readRecord, recordOf, SYNC_QUOTA, syncKey, type SyncRecord } from '@/utils/storage/sync-choices';

const T = Date.UTC(2026, 4, 4, 15);
const ROOM = 'room_' + '3'.repeat(32);
const read: Thread = {
  ...emptyThread(ROOM, T),
  name: 'Ada L.',
  last: { by: 'client', at: { earliest: T - HOUR, latest: T - HOUR + MINUTE - 1 }, seenAt: T - HOUR },
  waitingSince: T - HOUR,
  exact: true,
};
/** A browser that applies a user's choice through the one path that stamps it. */
const choose = (t: Thread, change: Partial<Thread>, at: number) => stampChoices(t, { ...t, ...change, updatedAt: at });
/** What another browser does with this browser's record. */
const receive = (here: Thread, from: Thread, now = T + HOUR): Thread => {
  const record = recordOf(from, now);
  if (!record) return here; // no choice to carry: nothing is written
  const r = readRecord(syncKey(from.roomId), JSON.parse(JSON.stringify(record)));
  if (r.kind !== 'ok') throw new Error(r.kind);
  return withRemoteChoices(here, r.choices);
};
const choicesIn = (t: Thread) => ({ contractTag: t.contractTag ?? null, terms: t.terms ?? null, deadline: t.deadline ?? null });

describe('choices through storage.sync', () => {
  it('terms and a tag set on the laptop apply on the desktop, and clearing them there clears them on the laptop', () => {
    const laptop = choose(read, { terms: { hours: 48, working: null }, contractTag: 'active' }, T + MINUTE);
    const desktop = receive(read, laptop);
    expect(choicesIn(desktop)).toEqual({ contractTag: 'active', terms: { hours: 48, working: null }, deadline: null });
    const cleared = choose(desktop, { terms: null }, T + 2 * MINUTE);
    expect(receive(laptop, cleared).terms).toBeNull();
    expect(receive(laptop, cleared).contractTag).toBe('active');
  });

  const change = fc.record({
    terms: fc.option(
      fc.constantFrom(24, 48, 72).map((hours) => ({ hours, working: null })),
      { nil: null },
    ),
    at: fc.integer({ min: 1, max: 3 }).map((m) => T + m * MINUTE),
  });
  test.prop([change, change])('"two writers in any order give the same result": the same minute included', (a, b) => {
    const x = choose(read, { terms: a.terms }, a.at);
    const y = choose(read, { terms: b.terms }, b.at);
    expect(choicesIn(receive(x, y))).toEqual(choicesIn(receive(y, x)));
    // And receiving again changes nothing.
    expect(choicesIn(receive(receive(x, y), y))).toEqual(choicesIn(receive(x, y)));
  });

  it('a record carries no page evidence, an ended snooze, nor a room answered and untouched for 13 months', () => {
    const snoozed = choose(read, { snooze: { until: T + HOUR, lastAt: T - HOUR }, deadline: T + 9 * DAY }, T);
    const r = recordOf(snoozed, T + 2 * HOUR)!;
    expect(Object.keys(r.c)).toEqual(['dl']);
    expect(JSON.stringify(r)).not.toContain('Ada');
    const old = { ...choose(read, { contractTag: 'none' }, T), last: { ...read.last!, by: 'freelancer' as const }, waitingSince: null };
    expect(recordOf(old, T + 400 * DAY)).toBeNull();
  });

  it('a record it cannot read is reported and ignored; one from a newer version is left alone', () => {
    expect(readRecord(syncKey(ROOM), { v: 1, c: { tm: [{ hours: -5 }, T] } })).toEqual({ kind: 'invalid', reason: 'terms' });
    expect(readRecord(syncKey(ROOM), 'hand edit')).toMatchObject({ kind: 'invalid' });
    expect(readRecord('c:<img>', { v: 1, c: {} })).toMatchObject({ kind: 'invalid', reason: 'key' });
    expect(readRecord(syncKey(ROOM), { v: 2, c: { new: 1 } })).toEqual({ kind: 'newer' });
  });

  it('within the quota: the oldest answered rooms go first, and a waiting room that does not fit is said to stay here', () => {
    const records = new Map<string, SyncRecord>();
    const room = (n: number) => 'room_' + n.toString(16).padStart(32, '0');
    for (let n = 0; n < 600; n++) records.set(syncKey(room(n)), { v: 1, u: T + n, w: n % 100 === 0 ? 1 : 0, c: { ct: ['active', T] } });
    const used = { bytes: 2_000, items: 2 };
    const fit = fitRecords(records, used);
    const bytes = fit.keep.reduce((s, k) => s + itemBytes(k, records.get(k)), used.bytes);
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(fit.keep.length + used.items).toBeLessThanOrEqual(SYNC_QUOTA.items);
    // Every waiting room fits before any answered one; the answered kept are the newest.
    for (let n = 0; n < 600; n += 100) expect(fit.keep).toContain(syncKey(room(n)));
    const answeredKept = fit.keep.filter((k) => records.get(k)!.w === 0).map((k) => records.get(k)!.u);
    const answeredDropped = fit.drop.map((k) => records.get(k)!.u);
    expect(Math.min(...answeredKept)).toBeGreaterThan(Math.max(...answeredDropped));
    expect(fit.localOnly).toEqual([]);
    const full = fitRecords(records, { bytes: SYNC_QUOTA.bytes - 100, items: 2 });
    expect(full.localOnly.length).toBeGreaterThan(0);
  });
});
