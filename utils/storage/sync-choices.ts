// Issue 24, first part: the compact record of one room's choices kept in storage.sync, its checks, and
// which records fit the quota. Pure (no browser call): the worker's wiring reads and writes them.
// Invariant: a record carries only the user's choices with their set-times, never the page's evidence;
// a record it cannot read is ignored, and one from a newer version is never overwritten.
import type { Thread } from '@/utils/model/types';
import { CHOICES, choicesOf, type ChoiceName, type Choices, type Stamped } from '@/utils/rules/choices';
import { isForgotten } from '@/utils/rules/retention';
import { isAwaiting } from '@/utils/rules/reply-windows';
import { LOG_TTL } from '@/utils/rules/response-log';
import { isObj, isRoomId } from '@/utils/protocol/guards';
import { isOptTerms } from '@/utils/protocol/invitation-guards';

export const SYNC_PREFIX = 'c:';
export const SYNC_VERSION = 1;
/** storage.sync's quotas (Chrome's; Firefox's are the same or larger). */
export const SYNC_QUOTA = { bytes: 102_400, perItem: 8_192, items: 512 };

/** Short names: every byte counts against 100 KB. */
const SHORT: Record<ChoiceName, string> = { contractTag: 'ct', terms: 'tm', deadline: 'dl', direct: 'dm', snooze: 'sz', dismissed: 'nr' };

export interface SyncRecord {
  v: number;
  /** When the room last changed here (the oldest answered rooms' records go first). */
  u: number;
  /** 1 while the room awaits a reply: its record is never dropped silently. */
  w: 0 | 1;
  /** Choice short name -> [value or null (cleared), set-time]. */
  c: Record<string, [unknown, number]>;
}

export const syncKey = (roomId: string) => SYNC_PREFIX + roomId;

/** The record for a room, or null when it has no choice to carry or is forgotten (answered, untouched 13 months). */
export function recordOf(t: Thread, now: number): SyncRecord | null {
  if (isForgotten(t, now)) return null;
  const c: SyncRecord['c'] = {};
  for (const [name, s] of Object.entries(choicesOf(t)) as [ChoiceName, Stamped][]) {
    // A snooze that has ended says nothing any more.
    if (name === 'snooze' && s.value && (s.value as { until: number }).until <= now) continue;
    c[SHORT[name]] = [s.value, s.at];
  }
  return Object.keys(c).length ? { v: SYNC_VERSION, u: t.updatedAt, w: isAwaiting(t) ? 1 : 0, c } : null;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const CHECK: Record<ChoiceName, (v: unknown) => boolean> = {
  contractTag: (v) => v === null || v === 'active' || v === 'none',
  terms: isOptTerms,
  deadline: (v) => v === null || isTime(v),
  direct: (v) => v === null || isTime(v),
  snooze: (v) => v === null || (isObj(v) && isTime(v.until) && isTime(v.lastAt)),
  dismissed: (v) => v === null || (isObj(v) && isTime(v.at) && isTime(v.lastAt) && isTime(v.waitingSince) && typeof v.exact === 'boolean'),
};

export type ReadRecord =
  | { kind: 'ok'; roomId: string; choices: Choices }
  /** From a newer version: kept as it is, never overwritten with less. */
  | { kind: 'newer' }
  | { kind: 'invalid'; reason: string };

/** Checks one stored item; a bad one is reported with the reason (the caller logs and ignores it). */
export function readRecord(key: string, v: unknown): ReadRecord {
  const roomId = key.slice(SYNC_PREFIX.length);
  if (!key.startsWith(SYNC_PREFIX) || !isRoomId(roomId)) return { kind: 'invalid', reason: 'key' };
  if (!isObj(v) || typeof v.v !== 'number') return { kind: 'invalid', reason: 'record' };
  if (v.v > SYNC_VERSION) return { kind: 'newer' };
  if (!isObj(v.c)) return { kind: 'invalid', reason: 'c' };
  const choices: Choices = {};
  for (const name of CHOICES) {
    const pair = v.c[SHORT[name]];
    if (pair === undefined) continue;
    if (!Array.isArray(pair) || pair.length !== 2 || !isTime(pair[1]) || !CHECK[name](pair[0])) return { kind: 'invalid', reason: name };
    choices[name] = { value: pair[0] ?? null, at: pair[1] };
  }
  return { kind: 'ok', roomId, choices };
}

/** What storage.sync counts for one item: its key and its JSON. */
export const itemBytes = (key: string, value: unknown) => key.length + JSON.stringify(value).length;

/**
 * Which records fit: rooms awaiting a reply first, then the most recently changed; `room` keys over the
 * per-item quota, or past the space left (`used`: bytes and items of the other keys), do not fit.
 * `localOnly`: awaiting rooms whose choices stay on this computer only (the popup says so).
 */
export function fitRecords(
  records: ReadonlyMap<string, SyncRecord>,
  used: { bytes: number; items: number },
): { keep: string[]; drop: string[]; localOnly: string[] } {
  const order = [...records].sort(([ka, a], [kb, b]) => b.w - a.w || b.u - a.u || (ka < kb ? -1 : 1));
  let bytes = used.bytes;
  let items = used.items;
  const keep: string[] = [];
  const drop: string[] = [];
  for (const [key, r] of order) {
    const size = itemBytes(key, r);
    if (size <= SYNC_QUOTA.perItem && bytes + size <= SYNC_QUOTA.bytes && items + 1 <= SYNC_QUOTA.items) {
      keep.push(key);
      bytes += size;
      items += 1;
    } else drop.push(key);
  }
  const localOnly = drop.filter((k) => records.get(k)!.w === 1).map((k) => k.slice(SYNC_PREFIX.length));
  return { keep, drop, localOnly };
}

/** The same choices, whatever the order of the fields (`u` and `w` come from this browser's page: not compared). */
export function sameChoices(a: SyncRecord, stored: unknown): boolean {
  if (!isObj(stored) || stored.v !== a.v || !isObj(stored.c)) return false;
  const canon = (c: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(c)
        .sort()
        .map((k) => [k, c[k]]),
    );
  return canon(a.c) === canon(stored.c);
}

/** A record of a room answered and untouched for 13 months where it was written: forgotten (`asOf`: see pruneAsOf). */
export const isStaleRecord = (r: unknown, asOf: number): boolean =>
  isObj(r) && r.w === 0 && typeof r.u === 'number' && r.u < asOf - LOG_TTL;
