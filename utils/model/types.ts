// Plain data that crosses between the page reader, the worker and the views.
// Every instant is epoch milliseconds (UTC). Invitations' types are in invitation-types.ts; both
// files take the two they share from basics.ts, and this file re-exports all of them.
import type { Layout, TimeRange } from './basics';

export type { Layout, TimeRange } from './basics';
export type * from './invitation-types';

export type Side = 'client' | 'freelancer' | 'system' | 'unknown';
export type Person = 'client' | 'freelancer';
export type Contract = 'active' | 'ended' | 'unknown';

/** One row of the room list, as read from the page. */
export interface RoomRow {
  roomId: string;
  name: string;
  title: string;
  lastBy: Person;
  /** null when the row's time text could not be read. */
  lastAt: TimeRange | null;
  /**
   * Set by the page watcher when it saw this row answered ("You:") without a
   * break until this moment: the client's new message came after it.
   */
  answeredUntil?: number;
}

/** One message of the open conversation. */
export interface StoryMessage {
  id: string;
  side: Side;
  /** null when neither the message nor its neighbours tell a time. */
  at: TimeRange | null;
}

export interface OpenRoom {
  roomId: string;
  name: string;
  title: string;
  contract: Contract;
  /** Mounted messages, oldest first. */
  messages: StoryMessage[];
}

/** Everything one read of the Messages page saw. Rows that are not mounted are simply absent. */
export interface Observation {
  seenAt: number;
  layout: Layout;
  /** What the reader looked for and did not find (for "layout not recognised"). */
  missing: string[];
  rows: RoomRow[];
  open: OpenRoom | null;
  /** The freelancer's own name, when the page revealed it. */
  selfName: string | null;
}

/** The last message by a person in a room, and when we read it. */
export interface LastMessage {
  by: Person;
  at: TimeRange;
  seenAt: number;
  /** The message's id, when read from the conversation. */
  id?: string;
  /** Ids of the messages seen before it: a read whose last message is one of these is stale. */
  before?: string[];
}

/** What is stored per room. */
export interface Thread {
  roomId: string;
  name: string;
  title: string;
  contract: Contract;
  last: LastMessage | null;
  /** Earliest moment the unanswered client run can have begun; null when not awaiting. */
  waitingSince: number | null;
  /**
   * Latest moment the run can have begun: [waitingSince, waitingSinceLatest] holds its start (a minute,
   * or a whole day when the room list said "Yesterday"). Absent on rooms stored before it was kept.
   */
  waitingSinceLatest?: number | null;
  /** false when waitingSince is a bound, not a minute-precise time. */
  exact: boolean;
  /** Latest read at which the room was seen answered. */
  answeredSeenAt: number | null;
  updatedAt: number;
  /** The user's word on the contract; overrides what the page showed. */
  contractTag?: 'active' | 'none' | null;
  /** "No reply needed" on the client's message at `lastAt`; keeps what it ended, for undo. */
  dismissed?: { at: number; lastAt: number; waitingSince: number; exact: boolean; waitingSinceLatest?: number | null } | null;
  /** Snoozed until `until`, or until the client writes again (after `lastAt`, the latest bound of the snoozed message). */
  snooze?: { until: number; lastAt: number } | null;
  /** The agreed deadline of the work: warn the client at least 24 hours before missing it. */
  deadline?: number | null;
  /** Reply terms agreed with this client; replace the 2-hour and 24-hour windows. */
  terms?: AgreedTerms | null;
  /**
   * When the user tagged this room as Direct Messages (a client writing without a job post):
   * Upwork leaves replies there out of the responsiveness tag, so the forecast does too.
   * Its windows and warnings stay: the client still waits. Absent or null: not tagged.
   */
  direct?: number | null;
  /**
   * When the user last set or cleared each choice above (contractTag, terms, deadline, direct, snooze,
   * dismissed), epoch ms: a restore (and a sync) keeps the later setting of each (utils/rules/choices.ts).
   */
  chosenAt?: Partial<Record<'contractTag' | 'terms' | 'deadline' | 'direct' | 'snooze' | 'dismissed', number>>;
}

/** What the worker keeps about the page itself. */
export interface PageStatus {
  /** Last read whose layout was recognised. */
  lastReadAt: number | null;
  /** The read that `layout` and `missing` describe. */
  checkedAt: number | null;
  layout: Layout | null;
  missing: string[];
  selfName: string | null;
  /** The date of the backup last restored; cleared by the next recognised read, which shows what is current. */
  restoredFrom?: number | null;
}

/** One answer to a waiting client, or one "no reply needed". No message text, ever. */
export interface LogEntry {
  /** roomId|the instant it ended (the reply's earliest time, or the dismissal): one entry per answer. */
  id: string;
  roomId: string;
  kind: 'reply' | 'no-reply-needed';
  /** When the client's unanswered run began (earliest the evidence allows). */
  clientAt: number;
  clientExact: boolean;
  /** When the freelancer replied (or marked it). */
  replyAt: number;
  replyExact: boolean;
  contract: boolean;
  /** The agreed terms that applied to this answer, when any (else Upwork's windows applied). */
  terms?: AgreedTerms | null;
}

/** Upwork's response windows (their lengths live in utils/rules/reply-windows.ts). */
export type WindowName = 'best-practice' | 'expected' | 'policy';
export type WindowLengths = Record<WindowName, number>;
export type ReplyState = 'on-time' | 'late' | 'overdue' | 'breach';

/** Where one room stands against its windows at one instant. */
export interface ReplyStatus {
  state: ReplyState;
  /** The window still open, or null when every window that applies has closed. */
  open: WindowName | null;
  /** The window that closed most recently, or null. */
  missed: WindowName | null;
  /** End of the open window; when none is open, end of the last missed one. */
  deadline: number;
  /** The next instant this room's state changes, or null if it never will. */
  nextChangeAt: number | null;
  /** Set when agreed terms replaced the 2-hour and 24-hour windows: the 'expected' window is then the agreed one. */
  terms?: AgreedTerms;
}

/** A write to IndexedDB that failed, kept so the badge and the popup can say so. */
export interface StorageError {
  at: number;
  message: string;
}

/**
 * Reply terms agreed with a client on a contract: they replace the 2-hour and
 * 24-hour windows for that room (Upwork's 7-day policy stays, in real time).
 */
export interface AgreedTerms {
  /** The agreed reply target, in hours (0.5 h to 14 days). */
  hours: number;
  /** Count only these working hours, in the user's time zone; null: every hour counts. */
  working: WorkingHours | null;
}

export interface WorkingHours {
  /** Days a working span starts on: 0 Sunday .. 6 Saturday. */
  days: number[];
  /** "HH:MM" local. An end before the start means overnight (the span ends the next day). */
  start: string;
  end: string;
}
