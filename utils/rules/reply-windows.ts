// Upwork's response windows (../shared/upwork-response-rules.md), as pure
// functions of a thread and "now". The only place the window lengths live.
import { ABOUT_A_MINUTE, DAY, HOUR } from '@/utils/model/time';
import type { AgreedTerms, Contract, ReplyState, ReplyStatus, Thread, WindowLengths, WindowName } from '@/utils/model/types';
import { startRange, type WaitText } from '@/utils/text/format';
import { agreedStatus } from './agreed-terms';
import { termsDeadline } from './working-hours';

/** Upwork's clock is wall-clock time: nothing pauses it at night or on weekends. */
export const WINDOWS: Record<WindowName, number> = {
  'best-practice': 2 * HOUR,
  expected: 24 * HOUR,
  policy: 7 * DAY,
};

/** Worst last, so a larger index is a worse state. */
export const STATE_ORDER: readonly ReplyState[] = ['on-time', 'late', 'overdue', 'breach'];

/** The windows that apply: the 7-day policy only on an active contract. */
export function windowsFor(contract: Contract): WindowName[] {
  return contract === 'active' ? ['best-practice', 'expected', 'policy'] : ['best-practice', 'expected'];
}

const STATE_AFTER: Record<WindowName, ReplyState> = {
  'best-practice': 'late',
  expected: 'overdue',
  policy: 'breach',
};

export function replyStatus(
  waitingSince: number,
  contract: Contract,
  now: number,
  lengths: WindowLengths = WINDOWS,
  terms?: AgreedTerms | null,
): ReplyStatus {
  // Terms agreed with the client replace the 2-hour and 24-hour windows for this room.
  if (terms) return agreedStatus(waitingSince, contract, now, lengths, terms);
  let state: ReplyState = 'on-time';
  let missed: WindowName | null = null;
  for (const name of windowsFor(contract)) {
    const end = waitingSince + lengths[name];
    // A window is missed from its very end: at 2 h 0 m 0 s the room is late.
    if (now < end) return { state, open: name, missed, deadline: end, nextChangeAt: end };
    state = STATE_AFTER[name];
    missed = name;
  }
  return { state, open: null, missed, deadline: waitingSince + lengths[missed!], nextChangeAt: null };
}

/** When the 'expected' slot closes for a wait begun at `since`: the agreed window if terms were agreed, else the 24-hour one. */
export const expectedDeadline = (since: number, lengths: WindowLengths, terms?: AgreedTerms | null): number =>
  terms ? termsDeadline(since, terms) : since + lengths.expected;

/**
 * The latest moment the client's run can have begun. Rooms stored before it was kept: the run's
 * first message is the last one when its earliest bound is the start, else the start is taken as known.
 */
export function latestStart(t: Thread & { waitingSince: number }): number {
  if (t.waitingSinceLatest != null) return Math.max(t.waitingSince, t.waitingSinceLatest);
  return t.last?.by === 'client' && t.last.at.earliest === t.waitingSince ? t.last.at.latest : t.waitingSince;
}

/** A window that is missed if the client wrote at the start of the range, and open if at its end. */
export interface Undecided {
  /** The window's end if the client wrote at the range's earliest end (possibly past). */
  earliestDeadline: number;
  /** Its end if the client wrote at the range's latest end: still ahead. */
  latestDeadline: number;
}

/** Where a room stands when its wait began somewhere in [since, latest]: its status, and whether that is undecided. */
export interface Standing {
  status: ReplyStatus;
  undecided: Undecided | null;
}

const sooner = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * Invariant: a room is undecided exactly when its state differs between the two ends of the range
 * its wait began in (a range wider than about a minute); it is then never "missed" and never "on time": its status is the one at the
 * latest start (still open, by its latest possible deadline). A decided room is shown as at the
 * earliest start (never more time than the client gave). Either changes when either end does.
 */
export function standing(
  since: number,
  latest: number,
  contract: Contract,
  now: number,
  lengths: WindowLengths = WINDOWS,
  terms?: AgreedTerms | null,
): Standing {
  const early = replyStatus(since, contract, now, lengths, terms);
  // A start "after now" (a minute not over yet) is no later than now. A range about a minute wide is
  // decided at its earliest end (with "≈"): a window never turns undecided for the minute it closes.
  const end = Math.min(Math.max(latest, since), now);
  if (latest - since <= ABOUT_A_MINUTE || end === since) return { status: early, undecided: null };
  const late = replyStatus(end, contract, now, lengths, terms);
  const nextChange = sooner(early.nextChangeAt, late.nextChangeAt);
  if (early.state === late.state || late.open === null) return { status: { ...early, nextChangeAt: nextChange }, undecided: null };
  const window = late.open;
  const earliestDeadline = window === 'expected' ? expectedDeadline(since, lengths, terms) : since + lengths[window];
  return { status: { ...late, nextChangeAt: nextChange }, undecided: { earliestDeadline, latestDeadline: late.deadline } };
}

export const isAwaiting = (t: Thread): t is Thread & { waitingSince: number } => t.last?.by === 'client' && t.waitingSince !== null;

/** The contract as the rules see it: the user's tag first, then what the page showed. */
export function effectiveContract(t: Thread): Contract {
  if (t.contractTag === 'active') return 'active';
  if (t.contractTag === 'none') return 'unknown';
  return t.contract;
}

/** Neither the page nor the user has said whether this room is on a contract: it may be, so the 7-day window may apply. */
export const contractUnknown = (t: Thread): boolean => (t.contractTag ?? null) === null && t.contract === 'unknown';

/** Snoozed rooms leave the badge and the warnings until the snooze ends or the client writes again. */
export function snoozedUntil(t: Thread, now: number): number | null {
  const s = t.snooze;
  if (!s || now >= s.until || !t.last || t.last.at.earliest > s.lastAt) return null;
  return s.until;
}

export function worstState(states: Iterable<ReplyState>): ReplyState | null {
  let worst = -1;
  for (const s of states) worst = Math.max(worst, STATE_ORDER.indexOf(s));
  return worst < 0 ? null : STATE_ORDER[worst];
}

export interface AwaitingRoom {
  thread: Thread & { waitingSince: number };
  contract: Contract;
  /** No one has said whether it is on a contract (see contractUnknown). */
  contractUnknown: boolean;
  /** Where it stands; for an undecided room, as at the latest start (its window still open). */
  status: ReplyStatus;
  /** When the snooze ends, or null when not snoozed. */
  snoozedUntil: number | null;
  /** Non-null exactly when the room is undecided: its window is missed or open depending on when, in the range, the client wrote. */
  undecided: Undecided | null;
}

/** What the room's time text must say about its uncertainty. */
export const waitTextOf = (r: AwaitingRoom): WaitText => ({
  range: startRange(r.thread.exact, r.thread.waitingSince, latestStart(r.thread)),
  undecidedUntil: r.undecided?.latestDeadline ?? null,
});

/** The page-contract value of a room's mark and the popup row's data-reply-window: its state, or 'undecided'. */
export const markValue = (status: ReplyStatus, undecided: Undecided | null): ReplyState | 'undecided' =>
  undecided ? 'undecided' : status.state;

/** Every room awaiting a reply, soonest deadline first (missed deadlines are the soonest; an undecided room's is its latest). */
export function awaitingRooms(threads: Iterable<Thread>, now: number, lengths: WindowLengths = WINDOWS): AwaitingRoom[] {
  const rooms: AwaitingRoom[] = [];
  for (const t of threads) {
    if (!isAwaiting(t)) continue;
    const contract = effectiveContract(t);
    const { status, undecided } = standing(t.waitingSince, latestStart(t), contract, now, lengths, t.terms);
    rooms.push({ thread: t, contract, contractUnknown: contractUnknown(t), status, snoozedUntil: snoozedUntil(t, now), undecided });
  }
  return rooms.sort(
    (a, b) => a.status.deadline - b.status.deadline || (a.thread.roomId < b.thread.roomId ? -1 : a.thread.roomId > b.thread.roomId ? 1 : 0),
  );
}

/** The next instant any room changes state: when the worker must wake. */
export function nextChangeAt(rooms: AwaitingRoom[]): number | null {
  let next: number | null = null;
  for (const r of rooms) {
    for (const at of [r.status.nextChangeAt, r.snoozedUntil]) {
      if (at !== null && (next === null || at < next)) next = at;
    }
  }
  return next;
}
