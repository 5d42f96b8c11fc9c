// Every message between the extension's parts, named by direction, with the
// reply each one gets:
//   content:observation  content script -> worker   ObservationAck | undefined
//   content:invitations  content script -> worker   InvitationsAck | undefined (proposals pages only)
//   user:*               popup, options -> worker   CommandResult
//   worker:changed       worker -> open extension pages (no reply)
//   worker:marks         worker -> open Messages tabs, after a user command (no reply)
//   worker:insert        worker -> the Upwork tab        InsertResult
//   worker:holding-menu  worker -> the Upwork tab        (no reply)
//   popup:page-report    popup, options -> the Upwork tab  PageReport (made in the page, never sent on)
// Guards for all of them are in ./guards.ts; typed senders in ./send.ts.
import type { AgreedTerms, Contract, InvitationObservation, Observation } from '@/utils/model/types';
import type { WindowLengths } from '@/utils/model/types';
import type { Template } from '@/utils/rules/templates';

export interface ObservationMessage {
  type: 'content:observation';
  observation: Observation;
  /** The version of the marks the page holds (from its last acknowledgement), if any. */
  marks?: string;
}

/** A room the page marks: enough to say what the popup says about it. */
export interface MarkedRoom {
  roomId: string;
  waitingSince: number;
  /** The latest moment the wait can have begun (see Thread.waitingSinceLatest); absent: waitingSince. */
  waitingSinceLatest?: number;
  /** false when waitingSince is a bound: the mark carries ≈, or says a wider range in words. */
  exact: boolean;
  contract: Contract;
  /** The snooze's end, or null: a snoozed room's mark is muted. */
  snoozedUntil: number | null;
  /** Reply terms agreed for this room, which replace the 2-hour and 24-hour windows. */
  terms?: AgreedTerms | null;
}

/** The worker's answer to an observation, sent only after it is stored. */
export interface ObservationAck {
  ok: true;
  /** The freelancer's name as learned so far, so every room can tell the sides apart. */
  selfName: string | null;
  /** The user's window lengths: the page speaks as the popup does. */
  lengths: WindowLengths;
  /** The awaiting set this brings the page to; the page sends it back as `marks`. */
  version: string;
  /** true: `awaiting` is every awaiting room. false: only what changed since the page's version. */
  full: boolean;
  awaiting: MarkedRoom[];
  /** Rooms that stopped awaiting since the page's version (empty when full). */
  cleared: string[];
}

/** What the popup and the options page ask the worker to do; the worker is the only writer. */
export type UserCommand =
  | { type: 'user:snooze'; roomId: string; until: number }
  | { type: 'user:unsnooze'; roomId: string }
  | { type: 'user:dismiss'; roomId: string }
  | { type: 'user:undo-dismiss'; roomId: string }
  | { type: 'user:contract'; roomId: string; tag: 'active' | 'none' | null }
  | { type: 'user:deadline'; roomId: string; deadline: number | null }
  | { type: 'user:terms'; roomId: string; terms: AgreedTerms | null }
  /** Direct Messages: replies in this room do not count for Upwork's responsiveness tag. */
  | { type: 'user:direct'; roomId: string; direct: boolean }
  | { type: 'user:restore'; backup: string }
  | { type: 'user:settings-changed' }
  | { type: 'user:delete-all' }
  /** Open the room and put `text` in its reply box (never sent); the reply says where the text went. */
  | { type: 'user:reply-with'; roomId: string; text: string };

/** The worker's answer to every user command. */
export interface CommandResult {
  ok: boolean;
  /** Shown to the user (a restore's counts, or why it was refused). */
  message?: string;
}

/** The stored data changed: an open popup or options page reloads. */
export interface WorkerChanged {
  type: 'worker:changed';
}

/** A read of the proposals page or of one invitation's page. */
export interface InvitationsMessage {
  type: 'content:invitations';
  observation: InvitationObservation;
}

/** The worker's answer, sent only after the read is stored. */
export interface InvitationsAck {
  ok: true;
  /** How many invitations still wait. */
  waiting: number;
}

/** A user command changed what the page marks (terms, snooze, contract): the Messages tabs re-mark their rows. */
export interface WorkerMarks {
  type: 'worker:marks';
  ack: ObservationAck;
}

/** Put `text` at the caret of room `roomId`'s reply box; the page never sends it. */
export interface InsertRequest {
  type: 'worker:insert';
  roomId: string;
  text: string;
}

/** Where the text went: the reply box, the clipboard, or (both refused) shown in the page to copy by hand. */
export interface InsertResult {
  outcome: 'inserted' | 'copied' | 'shown';
}

/** The user asked for the template choice in an open room that awaits a reply. */
export interface HoldingMenuRequest {
  type: 'worker:holding-menu';
  roomId: string;
  name: string;
  title: string;
  templates: Template[];
}

/** Send a copy of this tab's page for a report (utils/report/page-copy.ts); the answer goes back to the asking page only. */
export interface PageReportRequest {
  type: 'popup:page-report';
}

/** The tab's answer to a PageReportRequest: a copy of its page (utils/report/page-copy.ts). */
export type { PageCopy } from '@/utils/report/page-copy';
