// Who may say what to the worker. Our own pages (popup, options) send the
// user's commands; a content script speaks only from the top frame of an Upwork
// Messages tab, and only sends observations; the proposals pages speak only of
// invitations, from their top frame. Everything else is dropped unread.
import type { Runtime } from 'webextension-polyfill';
import {
  invitationObservationProblem,
  isInvitationsMessage,
  isObservationMessage,
  isUserCommand,
  messageProblem,
} from '@/utils/protocol/guards';
import type { CommandResult, UserCommand } from '@/utils/protocol/messages';
import type { InvitationObservation, Observation } from '@/utils/model/types';
import { isMessagesPage, isProposalsPage } from '@/utils/upwork/addresses';

export interface Handlers {
  /** This extension's id, and the base URL of its own pages (browser.runtime.getURL('/')). */
  ownId: string;
  ownPages: string;
  runCommand: (cmd: UserCommand) => Promise<CommandResult>;
  handleObservation: (obs: Observation, marks?: string) => Promise<unknown>;
  handleInvitations: (obs: InvitationObservation) => Promise<unknown>;
}

/** The handler's answer for an accepted message, or undefined for one that is refused. */
export function routeMessage(msg: unknown, sender: Runtime.MessageSender, h: Handlers): Promise<unknown> | undefined {
  if (sender.id !== h.ownId) return;
  if ((sender.url ?? '').startsWith(h.ownPages) && !sender.tab?.url?.startsWith('http')) {
    return isUserCommand(msg) ? h.runCommand(msg) : undefined;
  }
  if (fromTopFrame(sender, isProposalsPage)) {
    if (isInvitationsMessage(msg)) return h.handleInvitations(msg.observation);
    console.warn(
      'Reply Window: dropped invalid invitations:',
      invitationObservationProblem((msg as { observation?: unknown } | null)?.observation),
    );
    return;
  }
  if (!fromTopFrame(sender, isMessagesPage)) return;
  if (isObservationMessage(msg)) return h.handleObservation(msg.observation, msg.marks);
  console.warn('Reply Window: dropped an invalid message:', messageProblem(msg));
}

/** Content scripts speak only from the top frame of the Upwork page they read. */
function fromTopFrame(sender: Runtime.MessageSender, page: (url: string) => boolean): boolean {
  return sender.frameId === 0 && page(sender.tab?.url ?? sender.url ?? '');
}
