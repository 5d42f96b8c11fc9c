// Issue 24, second part: the storage.sync adapter for rooms' choices (choices-sync.ts runs it).
// Writes are batched: one set and one remove per call, whatever the number of rooms.
import { browser } from 'wxt/browser';
import type { Thread } from '@/utils/model/types';
import type { Choices } from '@/utils/rules/choices';
import { withRemoteChoices, sameRoom } from '@/utils/rules/room-merge';
import { emptyThread } from '@/utils/rules/threads';
import { noteChoices } from './chosen-rooms';
import { db } from './connection';
import { fitRecords, itemBytes, readRecord, recordOf, SYNC_PREFIX, syncKey, type SyncRecord } from './sync-choices';

/**
 * Writes the records of these rooms (those changed here) and drops what no longer fits, and the `forget`
 * keys (records of rooms forgotten everywhere); returns the rooms kept here only.
 */
export async function pushChoices(rooms: Thread[], now: number, forget: readonly string[] = []): Promise<string[]> {
  const all = await browser.storage.sync.get(null);
  const ours = new Map<string, SyncRecord>();
  const used = { bytes: 0, items: 0 };
  for (const [key, value] of Object.entries(all)) {
    const r = key.startsWith(SYNC_PREFIX) ? readRecord(key, value) : null;
    // Other keys (settings, templates) and records from a newer version take their space as they are.
    if (!r || r.kind !== 'ok') {
      used.bytes += itemBytes(key, value);
      used.items += 1;
    } else ours.set(key, value as SyncRecord);
  }
  const changed = new Map<string, SyncRecord | null>();
  for (const t of rooms) {
    const key = syncKey(t.roomId);
    const before = all[key];
    if (before !== undefined && readRecord(key, before).kind === 'newer') continue; // never overwritten with less
    const record = recordOf(t, now);
    changed.set(key, record);
    if (record) ours.set(key, record);
    else ours.delete(key);
  }
  for (const key of forget) if (!changed.has(key)) ours.delete(key);
  const fit = fitRecords(ours, used);
  const keep = new Set(fit.keep);
  const set = Object.fromEntries([...changed].filter(([k, r]) => r && keep.has(k)));
  const remove = [
    ...[...changed].filter(([k, r]) => !r && all[k] !== undefined).map(([k]) => k),
    ...fit.drop.filter((k) => all[k] !== undefined),
    ...forget.filter((k) => all[k] !== undefined && !changed.has(k)),
  ];
  if (Object.keys(set).length) await browser.storage.sync.set(set);
  if (remove.length) await browser.storage.sync.remove(remove);
  return fit.localOnly;
}

/** Every readable record in storage.sync; a bad one is logged and ignored. */
export async function pullChoices(): Promise<Map<string, Choices>> {
  const out = new Map<string, Choices>();
  for (const [key, value] of Object.entries(await browser.storage.sync.get(null))) {
    if (!key.startsWith(SYNC_PREFIX)) continue;
    const r = readRecord(key, value);
    if (r.kind === 'ok') out.set(r.roomId, r.choices);
    else if (r.kind === 'invalid') console.warn('Reply Window: a synced record is not valid, ignored', key, r.reason);
  }
  return out;
}

/** Merges received choices into the stored rooms in one transaction (a room not read here yet is kept for when it is). */
export async function applyChoices(remote: ReadonlyMap<string, Choices>, now: number): Promise<Thread[]> {
  const tx = (await db()).transaction(['threads', 'meta'], 'readwrite');
  const store = tx.objectStore('threads');
  const stored = await Promise.all([...remote.keys()].map((id) => store.get(id)));
  const changed: Thread[] = [];
  [...remote].forEach(([id, choices], i) => {
    const here = stored[i] ?? emptyThread(id, now);
    const next = withRemoteChoices(here, choices);
    if (!stored[i] || !sameRoom(next, here)) changed.push(next);
  });
  await Promise.all([...changed.map((t) => store.put(t)), noteChoices(tx.objectStore('meta'), changed), tx.done]);
  return changed;
}

/** Delete everything: the synced choices go too (the caller has said so). */
export async function clearSyncedChoices(): Promise<void> {
  const keys = Object.keys(await browser.storage.sync.get(null)).filter((k) => k.startsWith(SYNC_PREFIX));
  if (keys.length) await browser.storage.sync.remove(keys);
}
