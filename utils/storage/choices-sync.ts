// Issue 24: one pass of the choices' sync. The worker runs it on every wake, after a user's choice and
// when storage.sync changes; everything is derived again from IndexedDB and storage.sync, so a worker
// killed before a write loses nothing (the next pass writes it).
// Invariant: a pass merges what is in sync before it writes, and writes only records whose choices differ,
// so two browsers settle on the same choices and then stop writing.
import { browser } from 'wxt/browser';
import type { Choices } from '@/utils/rules/choices';
import { pruneAsOf } from '@/utils/rules/retention';
import { applyChoices, pushChoices } from './choices-sync-storage';
import { roomsWithChoices } from './chosen-rooms';
import { isStaleRecord, itemBytes, readRecord, recordOf, sameChoices, SYNC_PREFIX, SYNC_QUOTA, syncKey } from './sync-choices';

/** storage.local: the rooms awaiting a reply whose choices did not fit in sync (the popup says so). */
export const LOCAL_ONLY_KEY = 'syncLocalOnly';

export async function syncChoicesNow(now: number): Promise<{ merged: number; localOnly: string[] }> {
  const all = await browser.storage.sync.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(SYNC_PREFIX));
  // A clock far ahead must not forget every record at once (as in pruneThreads).
  const newest = keys.reduce<number | null>((n, k) => Math.max(n ?? -Infinity, Number((all[k] as { u?: unknown })?.u) || 0), null);
  const asOf = pruneAsOf(now, newest);
  const remote = new Map<string, Choices>();
  const forget: string[] = [];
  for (const key of keys) {
    const r = readRecord(key, all[key]);
    if (r.kind === 'invalid') console.warn('Reply Window: a synced record is not valid, ignored', key, r.reason);
    if (r.kind !== 'ok') continue;
    if (isStaleRecord(all[key], asOf)) forget.push(key);
    else remote.set(r.roomId, r.choices);
  }
  const merged = await applyChoices(remote, now);
  // Only a room with a choice has a record to write, and only one with a record here one to drop: never
  // every stored room (the choices index, chosen-rooms.ts).
  const ours = keys.filter((k) => readRecord(k, all[k]).kind === 'ok').map((k) => k.slice(SYNC_PREFIX.length));
  const differ = (await roomsWithChoices(ours)).filter((t) => {
    const record = recordOf(t, now);
    const key = syncKey(t.roomId);
    // A room with nothing left to carry drops its own record; one we cannot read is left alone.
    return record ? !sameChoices(record, all[key]) : all[key] !== undefined && readRecord(key, all[key]).kind === 'ok';
  });
  const localOnly = await pushChoices(differ, now, forget);
  await browser.storage.local.set({ [LOCAL_ONLY_KEY]: localOnly });
  return { merged: merged.length, localOnly };
}

/** Rooms whose choices stay on this computer only (none when never written). */
export async function localOnlyRooms(): Promise<string[]> {
  const v = (await browser.storage.local.get(LOCAL_ONLY_KEY))[LOCAL_ONLY_KEY];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The bytes storage.sync holds (all keys, as its quota counts them) and the quota. */
export async function syncSpaceUsed(): Promise<{ bytes: number; quota: number }> {
  const all = await browser.storage.sync.get(null);
  return { bytes: Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0), quota: SYNC_QUOTA.bytes };
}
