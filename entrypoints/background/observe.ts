// One observation from a Messages tab: stored in one transaction, then
// acknowledged with what the page needs to mark its rows: what changed since
// the marks the page holds, or everything when the worker cannot tell.
import type { Observation, PageStatus } from '@/utils/model/types';
import type { DerivedView } from '@/utils/rules/view';
import { MarkHistory } from '@/utils/protocol/mark-delta';
import type { MarkedRoom, ObservationAck } from '@/utils/protocol/messages';
import { announceChanged } from '@/utils/protocol/send';
import { clearStorageError, reportStorageError } from '@/utils/protocol/storage-error';
import { latestStart, type AwaitingRoom } from '@/utils/rules/reply-windows';
import { storeObservation } from '@/utils/storage/db';
import { refresh } from './refresh';

const history = new MarkHistory();

export async function handleObservation(observation: Observation, marks?: string): Promise<ObservationAck | undefined> {
  let changed;
  try {
    changed = await storeObservation(observation);
  } catch (err) {
    // No acknowledgement: the content script sends the observation again. Meanwhile the badge says so.
    console.error('Reply Window: could not store an observation', err);
    await reportStorageError(err, Date.now());
    await refresh().catch(() => undefined);
    return undefined;
  }
  await clearStorageError();
  const { view, status } = await refresh();
  if (changed.length) announceChanged();
  return ackOf(view, status, marks);
}

/**
 * What a Messages tab that holds the marks version `marks` needs to mark its rows.
 * Without a version (a push after a user command), the whole set: any tab can apply it.
 */
export const ackOf = (view: DerivedView, status: PageStatus, marks?: string): ObservationAck => ({
  ok: true,
  selfName: status.selfName,
  lengths: view.lengths,
  ...history.marksFor(marks, view.rooms.map(markedRoom), view.lengths),
});

const markedRoom = (r: AwaitingRoom): MarkedRoom => ({
  roomId: r.thread.roomId,
  waitingSince: r.thread.waitingSince,
  waitingSinceLatest: latestStart(r.thread),
  exact: r.thread.exact,
  contract: r.contract,
  snoozedUntil: r.snoozedUntil,
  terms: r.thread.terms ?? null,
});
