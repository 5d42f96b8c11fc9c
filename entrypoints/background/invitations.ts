// One read of the proposals page (or an invitation's page): stored in one
// transaction, then the badge, warnings and open popups follow.
import type { InvitationObservation } from '@/utils/model/types';
import type { InvitationsAck } from '@/utils/protocol/messages';
import { announceChanged } from '@/utils/protocol/send';
import { clearStorageError, reportStorageError } from '@/utils/protocol/storage-error';
import { allInvitations, storeInvitations } from '@/utils/storage/db';
import { refresh } from './refresh';

export async function handleInvitations(observation: InvitationObservation): Promise<InvitationsAck | undefined> {
  try {
    await storeInvitations(observation);
  } catch (err) {
    // No acknowledgement: the content script sends it again.
    console.error('Reply Window: could not store invitations', err);
    await reportStorageError(err, Date.now());
    return undefined;
  }
  // The write worked, so storage works again: the badge's "!" goes (as after an observation).
  await clearStorageError();
  await refresh();
  // Announced on every read, also an unrecognised one: the popup says so.
  announceChanged();
  return { ok: true, waiting: (await allInvitations()).filter((i) => !i.ended).length };
}
