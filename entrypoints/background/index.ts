// Wiring only: checks who is speaking and what they say, then hands over to
// refresh (badge, alarm, warnings) and the user's commands.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storeObservation } from '@/utils/db';
import { t } from '@/utils/i18n';
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
  // Back from sleep or a locked screen: alarms may have slipped, so recompute everything now.
  browser.idle.onStateChanged.addListener((state) => void (state === 'active' && refresh()));
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

/** Where a failed write is reported to the popup; IndexedDB itself may be what failed. */
export const STORAGE_ERROR_KEY = 'storageError';

async function handleObservation(observation: Observation): Promise<ObservationAck | undefined> {
  let changed;
  try {
    changed = await storeObservation(observation);
  } catch (err) {
    // No acknowledgement: the content script sends the observation again. Meanwhile the user is told.
    console.error('Reply Window: could not store an observation', err);
    await browser.storage.local.set({ [STORAGE_ERROR_KEY]: { at: Date.now(), message: String((err as Error)?.message ?? err) } });
    await Promise.all([browser.action.setBadgeText({ text: '!' }), browser.action.setTitle({ title: t('badgeStorageError') })]);
    return undefined;
  }
  void browser.storage.local.remove(STORAGE_ERROR_KEY);
  const { rooms, status } = await refresh();
  // An open popup re-reads; with none open there is no receiver, which is fine.
  if (changed.length) browser.runtime.sendMessage({ type: 'worker:changed' }).catch(() => undefined);
  return {
    ok: true,
    selfName: status.selfName,
    awaiting: rooms.map((r) => ({ roomId: r.thread.roomId, waitingSince: r.thread.waitingSince, contract: r.contract })),
  };
}
