// What the popup shows at one instant, derived from its data (utils/rules/view.ts deriveView, the
// worker's own derivation), and which data to show: the first frame the worker kept, then the store's.
// Invariant: once IndexedDB has answered, the popup shows what it read, never a first frame.
import { HOUR } from '@/utils/model/time';
import type { Thread } from '@/utils/model/types';
import { answerNext, canStillSave, nextRiskAt } from '@/utils/rules/answer-next';
import { actNow } from '@/utils/rules/badge';
import { awaitingInvitations, type AwaitingInvitation } from '@/utils/rules/invitations';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { isAway } from '@/utils/rules/settings';
import { sightOf, type Sight } from '@/utils/rules/sight';
import { deriveView, type DerivedView } from '@/utils/rules/view';
import { isUndoable, leastData, type PopupData } from '@/utils/storage/first-frame';

/** The data on screen, and whether IndexedDB has confirmed it ('store') or it is the worker's first frame. */
export interface Shown {
  data: PopupData;
  from: 'frame' | 'store';
}

const sameData = (a: PopupData, b: PopupData) => a === b || JSON.stringify(leastData(a)) === JSON.stringify(leastData(b));

/**
 * What to show once `next` arrives. A first frame only while nothing is shown (the store's read may
 * land first); the store's read always, but keeping the same object when it shows the same, so the
 * list is not re-rendered for nothing.
 */
export function choose(shown: Shown | null, next: Shown): Shown {
  if (next.from === 'frame') return shown ?? next;
  return shown && sameData(shown.data, next.data) ? (shown.from === 'store' ? shown : { ...shown, from: 'store' }) : next;
}

/** What the popup shows, computed from the data at one instant, valid until `until`. */
export interface Snapshot extends DerivedView {
  data: PopupData;
  dismissed: Thread[];
  invitations: AwaitingInvitation[];
  /** Not snoozed, whose next window can still be saved. */
  savable: number;
  /** The badge's number, shown in the header. */
  count: { count: number; rooms: number; invitations: number };
  sight: Sight;
  until: number;
}

const earliest = (...at: (number | null)[]) => Math.min(...at.map((a) => a ?? Infinity));

export function snapshot(data: PopupData, now: number): Snapshot {
  const view = deriveView(data.awaiting, data.settings, now);
  const rooms: AwaitingRoom[] = answerNext(view.rooms, now, view.lengths);
  const dismissed = data.dismissed.filter(isUndoable);
  const invitations = awaitingInvitations(data.invitations, now);
  const act = actNow(view.rooms, data.settings, invitations, now);
  const count = { count: act.count, rooms: act.rooms.length, invitations: act.invitations.length };
  const savable = rooms.filter((r) => r.snoozedUntil === null && canStillSave(r, now, view.lengths)).length;
  const sight = sightOf(data.status, data.settings, now);
  // The view turns old just past the threshold (sightOf: age > threshold).
  const turnsOld = sight.kind === 'current' ? sight.since + data.settings.staleAfterHours * HOUR + 1 : null;
  const until = earliest(
    view.nextChangeAt,
    nextRiskAt(rooms, now, view.lengths),
    turnsOld,
    ...invitations.map((a) => a.status.nextChangeAt),
  );
  return { ...view, rooms, data, dismissed, invitations, savable, sight, until, count };
}

/** The snapshot no longer holds: new data, a window closed or a snooze ended, or away mode began or ended. */
export const stale = (s: Snapshot | null, data: PopupData, now: number) =>
  s?.data !== data || now >= s.until || isAway(data.settings, now) !== s.away;
