// Keeps the popup's first frame (utils/storage/first-frame.ts) after every refresh: the rooms the
// refresh derived, with what else the popup shows. Written off the refresh's path (an observation's
// acknowledgement does not wait for it), one write at a time so an older frame never lands last.
import type { Invitation, PageStatus, StorageError, Thread } from '@/utils/model/types';
import type { Settings } from '@/utils/rules/settings';
import type { DerivedView } from '@/utils/rules/view';
import { localOnlyRooms } from '@/utils/storage/choices-sync';
import { dismissedThreads, proposalsStatus } from '@/utils/storage/db';
import { frameOf, keepFirstFrame } from '@/utils/storage/first-frame';

export interface Derived {
  view: DerivedView;
  /** The rooms with a deadline, clamped as the refresh used them. */
  deadlines: Thread[];
  status: PageStatus;
  settings: Settings;
  storageError: StorageError | null;
  invitations: Invitation[];
  derivedAt: number;
}

let writes: Promise<void> = Promise.resolve();

export function keepFrame(d: Derived): Promise<void> {
  writes = writes
    .then(async () => {
      const [dismissed, proposals, localOnly] = await Promise.all([dismissedThreads(), proposalsStatus(), localOnlyRooms()]);
      // The derivation's own threads (clamped, in its order): the popup derives from these at its `now`.
      const awaiting = d.view.rooms.map((r) => r.thread);
      const data = { ...d, awaiting, withDeadline: d.deadlines, dismissed, proposals, localOnly };
      await keepFirstFrame(frameOf(data, d.derivedAt));
    })
    .catch((err) => console.warn('Reply Window: could not keep the first frame', err));
  return writes;
}
