// Runs on Upwork only. Wiring: the watcher reads the page, the sender delivers
// what it read to the worker, and the worker's answer marks the rows.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ObservationAck } from '@/utils/messages';
import { ObservationSender } from '@/utils/observation-sender';
import { PageWatcher } from '@/utils/page-watcher';
import './marks.css';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const sender = new ObservationSender(
      (observation) => browser.runtime.sendMessage({ type: 'content:observation', observation }) as Promise<ObservationAck | undefined>,
      (ack) => watcher.onAck(ack),
      (fn, ms) => ctx.setTimeout(fn, ms),
    );
    const watcher = new PageWatcher(ctx, document, (obs) => sender.push(obs));
    watcher.start();
  },
});
