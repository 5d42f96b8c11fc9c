// Wiring only: checks who is speaking and what they say, then hands over to
// refresh (badge, alarm, warnings) and the user's commands.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storeObservation } from '@/utils/db';
import { isObservationMessage, isUserCommand, observationProblem, type ObservationAck } from '@/utils/messages';
import type { Observation } from '@/utils/types';
import { runCommand } from './commands';
import { onNotificationButton, onNotificationClick } from './notify';
import { refresh, SAFETY_ALARM } from './refresh';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    if (fromExtensionPage(sender)) {
      if (isUserCommand(msg)) return runCommand(msg);
      return;
    }
    if (!fromUpworkTab(sender)) return;
    if (!isObservationMessage(msg)) {
      console.warn('Reply Window: dropped an invalid message:', observationProblem((msg as { observation?: unknown })?.observation));
      return;
    }
    return handleObservation(msg.observation);
  });
  browser.alarms.onAlarm.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.notifications.onClicked.addListener((id) => void onNotificationClick(id));
  browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index, refresh));
  void browser.alarms.create(SAFETY_ALARM, { periodInMinutes: 5 });
  void refresh();
});

/** Content scripts speak only from an Upwork tab's top frame. */
function fromUpworkTab(sender: Runtime.MessageSender): boolean {
  const url = sender.tab?.url ?? sender.url ?? '';
  return sender.frameId === 0 && url.startsWith('https://www.upwork.com/');
}

/** The popup and the options page are our own pages. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function handleObservation(observation: Observation): Promise<ObservationAck> {
  const changed = await storeObservation(observation);
  const { rooms, status } = await refresh();
  // An open popup re-reads; with none open there is no receiver, which is fine.
  if (changed.length) browser.runtime.sendMessage({ type: 'worker:changed' }).catch(() => undefined);
  return {
    ok: true,
    selfName: status.selfName,
    awaiting: rooms.map((r) => ({ roomId: r.thread.roomId, waitingSince: r.thread.waitingSince, contract: r.contract })),
  };
}
