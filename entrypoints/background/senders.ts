// Who may say what to the worker. Our own pages (popup, options) send the
// user's commands; a content script speaks only from the top frame of an Upwork
// Messages tab, and only sends observations. Everything else is dropped unread.
import type { Runtime } from 'webextension-polyfill';
import { isObservationMessage, isUserCommand, messageProblem } from '@/utils/protocol/guards';
import type { CommandResult, UserCommand } from '@/utils/protocol/messages';
import type { Observation } from '@/utils/model/types';
import { isMessagesPage } from '@/utils/upwork/addresses';

export interface Handlers {
  /** This extension's id, and the base URL of its own pages (browser.runtime.getURL('/')). */
  ownId: string;
  ownPages: string;
  runCommand: (cmd: UserCommand) => Promise<CommandResult>;
  handleObservation: (obs: Observation, marks?: string) => Promise<unknown>;
}

/** The handler's answer for an accepted message, or undefined for one that is refused. */
export function routeMessage(msg: unknown, sender: Runtime.MessageSender, h: Handlers): Promise<unknown> | undefined {
  if (sender.id !== h.ownId) return;
  if ((sender.url ?? '').startsWith(h.ownPages) && !sender.tab?.url?.startsWith('http')) {
    return isUserCommand(msg) ? h.runCommand(msg) : undefined;
  }
  if (!fromMessagesTab(sender)) return;
  if (isObservationMessage(msg)) return h.handleObservation(msg.observation, msg.marks);
  console.warn('Reply Window: dropped an invalid message:', messageProblem(msg));
}

/** Content scripts speak only from the top frame of an Upwork Messages tab. */
function fromMessagesTab(sender: Runtime.MessageSender): boolean {
  return sender.frameId === 0 && isMessagesPage(sender.tab?.url ?? sender.url ?? '');
}
