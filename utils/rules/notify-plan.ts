// Which warnings to show now, which to record as handled, and when to wake
// next. Pure: rooms + settings + what was already handled + now in.
// Invariant: a warning is handled for one room, one threshold and one deadline
// (handledKey), and only within the wait it belongs to: a later deadline (terms
// lengthened, a start corrected later) is a new warning; the same one never comes twice.
// Several at once come grouped; what passed while the browser slept comes as one
// catch-up summary; nothing shows in quiet hours, which get a digest before and a summary after.
import { MINUTE } from '@/utils/model/time';
import type { Thread, WindowLengths } from '@/utils/model/types';
import { plural, t as i18n } from '@/utils/text/i18n';
import { noticeWords } from './notice-text';
import { quietNow, lastQuiet, nextQuiet } from './quiet-hours';
import type { AwaitingRoom } from './reply-windows';
import { isAway, type Settings } from './settings';
import { deadlineThreshold, handledKey, thresholds, type Threshold } from './threshold';

export { deadlineThreshold, handledKey, MAYBE_POLICY_AFTER, thresholds, type Threshold } from './threshold';

/** A threshold due longer ago than this was missed (sleep, browser closed): it goes to the catch-up summary. */
export const GRACE = 2 * MINUTE;
/** The digest comes this long before quiet hours begin. */
export const DIGEST_LEAD = 10 * MINUTE;

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
  const { line, staleLine, title: titleOf } = noticeWords(lengths, clock, now, misses);
  if (fresh.length === 1) {
    const [t] = fresh;
    const title = titleOf(t);
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
      lines: stale.map(staleLine),
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

const unique = (ts: Threshold[]) => [...new Set(ts.map((t) => t.roomId))];
