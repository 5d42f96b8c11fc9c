// Issue 20, defect 13: a failed invitation write shows "!" on the badge; a later write that succeeds clears it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleInvitations } from '@/entrypoints/background/invitations';
import type { InvitationObservation } from '@/utils/model/types';
import { readStorageError, reportStorageError } from '@/utils/protocol/storage-error';
import { deleteAllData } from '@/utils/storage/db';

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
});

const read = (seenAt: number): InvitationObservation => ({
  seenAt,
  page: 'list',
  layout: 'ok',
  missing: [],
  invitations: [{ id: '1234567890', title: 'Logo', client: 'Acme', receivedAt: { earliest: seenAt - 60_000, latest: seenAt } }],
  answered: null,
});

describe('the storage error after an invitation write', () => {
  it('is cleared by a later write that succeeds: the badge loses its "!"', async () => {
    const now = Date.now();
    await reportStorageError(new Error('QuotaExceededError'), now - 60_000);
    const ack = await handleInvitations(read(now));
    expect(ack?.ok).toBe(true);
    expect(await readStorageError()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).not.toContain('!');
  });
});
