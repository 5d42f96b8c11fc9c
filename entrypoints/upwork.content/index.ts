// Runs on Upwork only: the one content script for every Upwork page, so shared code loads once.
// Wiring: the page watcher reads the Messages pages, the sender delivers what it read to the worker,
// and the worker's answer marks the rows; the invitation watcher reads the proposals pages. Each
// routes by page kind itself, as the address changes without a page load.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendInvitations, sendObservation } from '@/utils/protocol/send';
import { isWorkerMarks } from '@/utils/protocol/guards';
import { browser } from 'wxt/browser';
import { ObservationSender } from './observation-sender';
import { PageWatcher } from './page-watcher';
import { startHoldingReplies } from './holding';
import { answerPageReports } from './page-report';
import { InvitationWatcher } from './invitation-watcher';
import { UPWORK_MATCH } from '@/utils/upwork/addresses';
import './marks.css';

export default defineContentScript({
  matches: [UPWORK_MATCH],
  runAt: 'document_idle',
  main(ctx) {
    const sender = new ObservationSender(
      // The marks the page holds go with each send, so the answer carries only what changed since.
      (obs) => sendObservation(obs, watcher.marksVersion),
      (ack) => watcher.onAck(ack),
      (fn, ms) => ctx.setTimeout(fn, ms),
      () => watcher.readEverything(),
    );
    const watcher = new PageWatcher(ctx, document, (obs) => sender.push(obs));
    watcher.start();
    // A user command changed what the rows say (agreed terms, snooze, contract): re-mark them now.
    const onMarks = (msg: unknown) => void (isWorkerMarks(msg) && watcher.onAck(msg.ack));
    browser.runtime.onMessage.addListener(onMarks);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMarks));
    startHoldingReplies(ctx);
    answerPageReports(ctx);
    new InvitationWatcher(ctx, document, sendInvitations).start();
  },
});
