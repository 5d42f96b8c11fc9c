// How long a room is kept. An agency inbox collects thousands of rooms; one
// answered and untouched for as long as the response log is kept (13 months)
// has nothing left to say. Pure.
// Invariant: pruning never trusts a `now` beyond the newest record: a clock that jumps ahead forgets nothing.
import type { Invitation, Thread } from '@/utils/model/types';
import { isAwaiting } from './reply-windows';
import { LOG_TTL } from './response-log';

/**
 * The moment a store is pruned as of: `now`, but never later than its newest record (null: the store is
 * empty). One wake-up with the clock 14 months ahead would otherwise forget every record at once.
 */
export const pruneAsOf = (now: number, newest: number | null): number => (newest === null ? -Infinity : Math.min(now, newest));

/** `asOf`: see pruneAsOf. */
export const isForgotten = (t: Thread, asOf: number): boolean =>
  !isAwaiting(t) && !(t.deadline && t.deadline > asOf) && t.updatedAt < asOf - LOG_TTL;

/** An invitation received 13 months ago is past every figure (the rate looks back 90 days) and every window. */
export const isForgottenInvitation = (i: Invitation, asOf: number): boolean => i.receivedAt < asOf - LOG_TTL;

/** The newest time an invitation was seen, among `all` (null when there are none). */
export const newestInvitation = (all: readonly Invitation[]): number | null =>
  all.reduce<number | null>((n, i) => Math.max(n ?? -Infinity, i.lastSeenAt, i.ended?.at ?? -Infinity), null);
