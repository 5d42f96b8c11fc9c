// Which warnings to show now, which to record as handled, and when to wake
// next. Pure: rooms + settings + what was already handled + now in.
// Invariant: a warning is handled for one room, one threshold and one deadline
// (handledKey), and only within the wait it belongs to: a later deadline (terms
// lengthened, a start corrected later) is a new warning; the same one never comes twice.
// Several at once come grouped; what passed while the browser slept comes as one
// catch-up summary; nothing shows in quiet hours, which get a digest before and a summary after.
import { compactDuration, termsLabel, windowLabel } from '@/utils/text/format';
import { agreedWindows } from './agreed-terms';
import { plural, t as i18n } from '@/utils/text/i18n';
import { quietNow, lastQuiet, nextQuiet } from './quiet-hours';
import { DAY, MINUTE } from '@/utils/model/time';
import { type WindowLengths, type WindowName } from '@/utils/model/types';
import { latestStart, windowsFor, type AwaitingRoom } from './reply-windows';
import { startRange } from '@/utils/text/format';
import { tellClientBy } from './room-actions';
import { isAway, type Settings } from './settings';
import type { Thread } from '@/utils/model/types';

/** A threshold due longer ago than this was missed (sleep, browser closed): it goes to the catch-up summary. */
export const GRACE = 2 * MINUTE;
/** The digest comes this long before quiet hours begin. */
export const DIGEST_LEAD = 10 * MINUTE;
/** A room nobody has said is on a contract or not is warned from this long of waiting: a day before the 7-day window would close. */
export const MAYBE_POLICY_AFTER = 6 * DAY;

export interface Threshold {
  /** The room and the threshold ("room|expected|180"); handledKey adds the deadline. */
  key: string;
  roomId: string;
  name: string;
  /**
   * A reply window; 'deadline': tell the client 24 h before an agreed deadline you will miss;
   * 'maybe-policy': a room of unknown contract from 6 days of waiting, in case it is on one.
   */
  window: WindowName | 'deadline' | 'maybe-policy';
  lead: number;
  at: number;
  deadline: number;
  /** Agreed terms stand in the 'expected' slot: the notice names them rather than the 24-hour window. */
  agreed?: string;
  /**
   * The wait's start is known only to a range wider than a minute: the threshold is placed at the
   * earliest possible deadline (never more time than the client gave) and the notice says the time is uncertain.
   */
  uncertain?: boolean;
}

/** The 7-day warning of a room that already missed the policy in 90 days says which miss this one would be. */
const withRepeat = (t: Threshold, misses: ReadonlyMap<string, number>) => {
  const before = t.window === 'policy' ? (misses.get(t.roomId) ?? 0) : 0;
  return before ? ` ${i18n('noticeRepeatMiss', before + 1)}` : '';
};

export type NoticeKind = 'warning' | 'deadline' | 'group' | 'catch-up' | 'quiet-digest' | 'quiet-summary' | 'reminder' | 'overdue-digest';
export interface Notice {
  kind: NoticeKind;
  roomIds: string[];
  title: string;
  lines: string[];
}

export interface NoticePlan {
  show: Notice[];
  /** Keys to record as handled (shown, summarised, or silenced by away mode). */
  handled: string[];
  wakeAt: number | null;
}

export interface PlanInput {
  rooms: AwaitingRoom[];
  settings: Settings;
  lengths: WindowLengths;
  /** key -> when it was handled. A key handled before the room's current wait began is not handled for it. */
  done: ReadonlyMap<string, number>;
  now: number;
  /** Local clock text, e.g. "3:10 PM"; a parameter so the plan stays pure. */
  clock: (t: number) => string;
  /** Rooms with an agreed deadline (awaiting a reply or not). */
  deadlines?: Thread[];
  /** More thresholds with the start of their wait (invitations): same leads, quiet hours and grouping. */
  extra?: [Threshold, number][];
  /** Room id -> 7-day misses in the last 90 days (repeated-misses.ts). */
  misses?: ReadonlyMap<string, number>;
}

/** "Tell the client by" is 24 real hours before the deadline; the notice goes away once the deadline passes. */
export function deadlineThreshold(t: Thread, now: number): Threshold | null {
  if (!t.deadline || t.deadline <= now) return null;
  const at = tellClientBy(t.deadline);
  return {
    key: `${t.roomId}|deadline`,
    roomId: t.roomId,
    name: t.name || i18n('aClient'),
    window: 'deadline',
    lead: 24 * 60,
    at,
    deadline: t.deadline,
  };
}

export function thresholds(room: AwaitingRoom, s: Settings, lengths: WindowLengths): Threshold[] {
  const out: Threshold[] = [];
  const { roomId, waitingSince, name, terms } = room.thread;
  const uncertain = startRange(room.thread.exact, waitingSince, latestStart(room.thread)) === 'wide';
  // Agreed terms replace the 2- and 24-hour windows and warn with the 24-hour leads; the 7-day policy stays.
  const ends = terms
    ? agreedWindows(waitingSince, room.contract, terms, lengths).map((w) => [w.name, w.end] as const)
    : windowsFor(room.contract).map((w) => [w, waitingSince + lengths[w]] as const);
  for (const [window, deadline] of ends) {
    const agreed = terms && window === 'expected' ? termsLabel(terms) : undefined;
    for (const lead of s.leadMinutes[window]) {
      const at = deadline - lead * MINUTE;
      const key = `${roomId}|${agreed ? 'agreed' : window}|${lead}`;
      if (at >= waitingSince)
        out.push({
          key,
          roomId,
          name: name || i18n('aClient'),
          window,
          lead,
          at,
          deadline,
          ...(agreed && { agreed }),
          ...(uncertain && { uncertain }),
        });
    }
  }
  if (room.contractUnknown) {
    const at = waitingSince + MAYBE_POLICY_AFTER;
    out.push({
      key: `${roomId}|maybe-policy`,
      roomId,
      name: name || i18n('aClient'),
      window: 'maybe-policy',
      lead: 0,
      at,
      deadline: waitingSince + lengths.policy,
      ...(uncertain && { uncertain }),
    });
  }
  return out;
}

/** What is recorded as handled: the threshold and its deadline, so a moved deadline is warned again. */
export const handledKey = (t: Threshold): string => `${t.key}|${t.deadline}`;

const isDone = (done: ReadonlyMap<string, number>, t: Threshold, since: number) => (done.get(handledKey(t)) ?? -Infinity) >= since;

export function planNotices({
  rooms,
  settings: s,
  lengths,
  done,
  now,
  clock,
  deadlines = [],
  extra = [],
  misses = new Map(),
}: PlanInput): NoticePlan {
  const quiet = quietNow(s.quietHours, now);
  const away = isAway(s, now);
  const handled: string[] = [];
  const fresh: Threshold[] = [];
  const stale: Threshold[] = [];
  let wakeAt: number | null = null;
  const wake = (t: number) => (wakeAt = wakeAt === null ? t : Math.min(wakeAt, t));
  const live = rooms.filter((r) => r.snoozedUntil === null);

  // Each threshold with the start of the wait it belongs to (a deadline belongs to no wait).
  const candidates: [Threshold, number][] = live.flatMap((room) =>
    thresholds(room, s, lengths).map((t): [Threshold, number] => [t, room.thread.waitingSince]),
  );
  candidates.push(...extra);
  for (const d of deadlines) {
    const t = deadlineThreshold(d, now);
    if (t) candidates.push([t, -Infinity]);
  }
  const onContract = new Set(rooms.filter((r) => r.contract === 'active').map((r) => r.thread.roomId));
  for (const [t, since] of candidates) {
    if (isDone(done, t, since)) continue;
    if (t.at > now) wake(t.at);
    // Away mode silences the 2- and 24-hour warnings of rooms without a contract, never the 7-day policy
    // (nor its warning for a room that may be on a contract).
    else if (away && (t.window === 'best-practice' || t.window === 'expected') && !onContract.has(t.roomId)) handled.push(handledKey(t));
    else if (quiet && !(t.window === 'policy' && s.policyBreaksQuiet))
      continue; // held for the summary
    else (now - t.at <= GRACE ? fresh : stale).push(t);
  }

  const show: Notice[] = [];
  const what = (t: Threshold) =>
    t.window === 'deadline'
      ? i18n('noticeDeadlineWhat')
      : t.window === 'maybe-policy'
        ? i18n('noticeMaybePolicyWhat')
        : i18n('noticeWindowWhat', t.agreed ?? windowLabel(t.window, lengths));
  const line = (t: Threshold) => maybeUncertain(t, bare(t));
  const bare = (t: Threshold) =>
    t.window === 'deadline'
      ? i18n('noticeDeadlineLine', t.name, clock(t.deadline))
      : t.window === 'maybe-policy'
        ? i18n('noticeMaybePolicy', t.name, compactDuration(t.deadline - now))
        : i18n('noticeCloses', t.name, what(t), clock(t.deadline)) + withRepeat(t, misses);
  if (fresh.length === 1) {
    const [t] = fresh;
    const title =
      t.window === 'deadline'
        ? i18n('noticeDeadlineTitle', t.name)
        : t.window === 'maybe-policy'
          ? i18n('noticeMaybePolicyTitle', t.name)
          : i18n('noticeReplyBy', t.name, clock(t.deadline));
    show.push({ kind: t.window === 'deadline' ? 'deadline' : 'warning', roomIds: [t.roomId], title, lines: [line(t)] });
  } else if (fresh.length > 1) {
    show.push({
      kind: 'group',
      roomIds: unique(fresh),
      title: plural('noticeGroup', unique(fresh).length),
      lines: fresh.map(line),
    });
  }
  if (stale.length) {
    const ended = lastQuiet(s.quietHours, now);
    const afterQuiet = ended && stale.some((t) => t.at >= ended.start);
    show.push({
      kind: afterQuiet ? 'quiet-summary' : 'catch-up',
      roomIds: unique(stale),
      title: i18n(afterQuiet ? 'noticeAfterQuiet' : 'noticeCatchUp'),
      lines: stale.map((t) =>
        maybeUncertain(
          t,
          i18n(t.deadline <= now ? 'noticeClosed' : 'noticeCloses', t.name, what(t), clock(t.deadline)) + withRepeat(t, misses),
        ),
      ),
    });
  }
  handled.push(...fresh.map(handledKey), ...stale.map(handledKey));

  if (quiet) wake(quiet.end);
  const next = nextQuiet(s.quietHours, now);
  if (next) {
    const key = `digest|${next.start}`;
    if (now >= next.start - DIGEST_LEAD && !done.has(key)) {
      handled.push(key);
      const closing = live.flatMap((r) =>
        thresholds(r, s, lengths).filter(
          (t) =>
            t.window !== 'deadline' &&
            t.window !== 'maybe-policy' &&
            t.lead === s.leadMinutes[t.window][0] &&
            t.deadline >= next.start &&
            t.deadline < next.end,
        ),
      );
      if (closing.length) {
        show.push({ kind: 'quiet-digest', roomIds: unique(closing), title: i18n('noticeDigest'), lines: closing.map(line) });
      }
    } else if (!done.has(key)) wake(next.start - DIGEST_LEAD);
  }
  return { show, handled, wakeAt };
}

/** A line about a window whose start is known only to a range says the time is uncertain. */
const maybeUncertain = (t: Threshold, text: string) => (t.uncertain ? i18n('noticeUncertainLine', text) : text);

const unique = (ts: Threshold[]) => [...new Set(ts.map((t) => t.roomId))];
