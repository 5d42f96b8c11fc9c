// The popup's Invitations group says when the proposals page was read only in part:
// such a read ends nothing, so an invitation answered elsewhere may still be listed.
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { InvitationList } from '@/components/InvitationList';
import { WINDOWS } from '@/utils/rules/reply-windows';
import type { ProposalsStatus } from '@/utils/model/types';

const show = (proposals: ProposalsStatus) => {
  const host = document.createElement('div');
  render(h(InvitationList, { invitations: [], proposals, lengths: WINDOWS, onOpen: () => undefined }), host);
  return host;
};

describe('the proposals page read in part', () => {
  it('is said, with what was missing, even with no invitation waiting', () => {
    const notice = show({ checkedAt: 1, layout: 'ok', missing: ['invitation_count'] }).querySelector('[data-state="proposals-partial"]');
    expect(notice?.textContent).toBe(
      "Proposals page read in part (a list that matches the heading's count): invitations no longer listed stay waiting until a whole list is read.",
    );
  });
  it('a whole read says nothing', () => {
    expect(show({ checkedAt: 1, layout: 'ok', missing: [] }).textContent).toBe('');
  });
});
