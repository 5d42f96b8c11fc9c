// After a user command, the open Messages tabs re-mark their rows at once
// (terms, snooze, contract), rather than at their next read of the page.
import { browser } from 'wxt/browser';
import type { ObservationAck, WorkerMarks } from '@/utils/protocol/messages';
import { MESSAGES_MATCH } from '@/utils/upwork/addresses';

export async function pushMarks(ack: ObservationAck): Promise<void> {
  const msg: WorkerMarks = { type: 'worker:marks', ack };
  const tabs = await browser.tabs.query({ url: MESSAGES_MATCH }).catch(() => []);
  // A tab whose content script is gone (reloading, discarded) just misses this one.
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => undefined))),
  );
}
