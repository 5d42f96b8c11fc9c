// Reads the invitations to apply on Upwork's proposals pages and sends them to
// the worker. Its own script on Upwork's /nx/ app (which reaches the proposals
// page without a page load), so the Messages pages never load it.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendInvitations } from '@/utils/protocol/send';
import { NX_MATCH } from '@/utils/upwork/addresses';
import { InvitationWatcher } from './invitation-watcher';

export default defineContentScript({
  matches: [NX_MATCH],
  runAt: 'document_idle',
  main(ctx) {
    new InvitationWatcher(ctx, document, sendInvitations).start();
  },
});
