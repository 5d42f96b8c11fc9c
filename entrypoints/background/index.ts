// Wiring only: checks who is speaking and what they say, then hands over to
// refresh (badge, alarm, warnings) and the user's commands.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  invitationObservationProblem,
  isInvitationsMessage,
  isObservationMessage,
  isUserCommand,
  observationProblem,
} from '@/utils/protocol/guards';
import { isMessagesPage, isProposalsPage } from '@/utils/upwork/addresses';
import { handleInvitations } from './invitations';
import { runCommand } from './commands';
import { onNotificationButton, onNotificationClick } from './notify';
import { handleObservation } from './observe';
import { refresh, SAFETY_ALARM } from './refresh';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    if (fromExtensionPage(sender)) return isUserCommand(msg) ? runCommand(msg) : undefined;
    if (fromTopFrame(sender, isProposalsPage)) {
      if (isInvitationsMessage(msg)) return handleInvitations(msg.observation);
      console.warn(
        'Reply Window: dropped invalid invitations:',
        invitationObservationProblem((msg as { observation?: unknown } | null)?.observation),
      );
      return;
    }
    if (!fromMessagesTab(sender)) return;
    if (isObservationMessage(msg)) return handleObservation(msg.observation);
    console.warn('Reply Window: dropped an invalid message:', observationProblem((msg as { observation?: unknown } | null)?.observation));
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

/** Content scripts speak only from the top frame of an Upwork Messages tab. */
function fromMessagesTab(sender: Runtime.MessageSender): boolean {
  return sender.frameId === 0 && isMessagesPage(sender.tab?.url ?? sender.url ?? '');
}

/** The proposals pages speak only of invitations, and only from their top frame. */
function fromTopFrame(sender: Runtime.MessageSender, page: (url: string) => boolean): boolean {
  return sender.frameId === 0 && page(sender.tab?.url ?? sender.url ?? '');
}

/** The popup and the options page are our own pages. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}
