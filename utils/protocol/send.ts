// Typed senders: the only code that calls runtime.sendMessage. Each returns
// the reply its message is declared with in ./messages.ts.
import { browser } from 'wxt/browser';
import type { InvitationObservation, Observation } from '@/utils/model/types';
import { isWorkerChanged } from './guards';
import type { CommandResult, InvitationsAck, ObservationAck, UserCommand, WorkerChanged } from './messages';

/** Content script -> worker. undefined when the worker did not store it (it is sent again). */
export const sendObservation = (observation: Observation, marks?: string): Promise<ObservationAck | undefined> =>
  browser.runtime.sendMessage({ type: 'content:observation', observation, marks }) as Promise<ObservationAck | undefined>;

/** Popup or options page -> worker. */
export async function sendCommand(cmd: UserCommand): Promise<CommandResult> {
  const answer = (await browser.runtime.sendMessage(cmd)) as CommandResult | undefined;
  return answer ?? { ok: false };
}

/** Worker -> open extension pages. With none open there is no receiver, which is fine. */
export function announceChanged(): void {
  const msg: WorkerChanged = { type: 'worker:changed' };
  browser.runtime.sendMessage(msg).catch(() => undefined);
}

/** Calls `reload` whenever the worker announces a change; returns the unsubscribe. */
export function onWorkerChanged(reload: () => void): () => void {
  const listener = (msg: unknown) => void (isWorkerChanged(msg) && reload());
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Content script -> worker, from the proposals pages. undefined when not stored (send again). */
export const sendInvitations = (observation: InvitationObservation): Promise<InvitationsAck | undefined> =>
  browser.runtime.sendMessage({ type: 'content:invitations', observation }) as Promise<InvitationsAck | undefined>;
