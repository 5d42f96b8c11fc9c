// Wiring only: checks who is speaking and what they say, then hands over to
// refresh (badge, alarm, warnings) and the user's commands.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleInvitations } from './invitations';
import { runCommand } from './commands';
import { HOLDING_COMMAND, onHoldingCommand } from './holding';
import { onNotificationButton, onNotificationClick } from './notify';
import { handleObservation } from './observe';
import { prune, PRUNE_ALARM, schedulePrune } from './prune';
import { refresh, SAFETY_ALARM } from './refresh';
import { routeMessage } from './senders';
import { onSyncChanged, syncChoices } from './sync';

export default defineBackground(() => {
  const handlers = { ownId: browser.runtime.id, ownPages: browser.runtime.getURL('/'), runCommand, handleObservation, handleInvitations };
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => routeMessage(msg, sender, handlers));
  browser.alarms.onAlarm.addListener((alarm) => void (alarm.name === PRUNE_ALARM ? prune() : refresh()));
  // Back from sleep or a locked screen: alarms may have slipped, so recompute everything now.
  browser.idle.onStateChanged.addListener((state) => void (state === 'active' && refresh()));
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.notifications.onClicked.addListener((id) => void onNotificationClick(id));
  browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index, refresh));
  browser.commands.onCommand.addListener((name, tab) => void (name === HOLDING_COMMAND && onHoldingCommand(tab)));
  void browser.alarms.create(SAFETY_ALARM, { periodInMinutes: 5 });
  void schedulePrune();
  browser.storage.onChanged.addListener(onSyncChanged);
  void refresh();
  // Every wake: what another computer synced meanwhile, and any write a killed worker did not make.
  void syncChoices();
});
