// Invitation response rate over 90 days, measured the way Upwork's profile
// label is described (Help Center 211063038): accepting or declining is an
// answer, ignoring is not, and the label says whether most invitations were
// answered within the first day, within a few days, or later. Pure.
import { DAY } from '@/utils/model/time';
import type { Invitation } from '@/utils/model/types';
import { INVITATION_DAY } from './invitations';
import { TAG_PERIOD } from './stats';

/** Upwork's labels, best first. */
export const INVITATION_BANDS = ['< 24 hours', '< 3 days', '3 days'] as const;
export type InvitationBand = (typeof INVITATION_BANDS)[number];

export { INVITATION_DAY } from './invitations';
export const INVITATION_DAYS_3 = 3 * DAY;

export interface InvitationRate {
  /** Received in the last 90 days. */
  received: number;
  /** Accepted or declined. */
  answered: number;
  /** The within-a-day share's denominator: answered, plus still waiting after a day. */
  dayCounted: number;
  withinDay: number;
  /** The within-3-days share's denominator: answered, plus still waiting after 3 days. */
  days3Counted: number;
  within3Days: number;
  /** Withdrawn, or no longer listed (withdrawn or answered elsewhere: cannot tell), before its first day was out. Not counted. */
  gone: number;
  /** Still waiting and under a day old: not decided yet. */
  pending: number;
  shareDay: number | null;
  share3Days: number | null;
  /** The label the figures point to; null when nothing is decided. */
  band: InvitationBand | null;
  /** Some counted invitation's received time is known only to the day. */
  approximate: boolean;
}

const share = (part: number, whole: number) => (whole ? part / whole : null);

export function invitationRate(invitations: Iterable<Invitation>, now: number): InvitationRate {
  const r = { received: 0, answered: 0, dayCounted: 0, withinDay: 0, days3Counted: 0, within3Days: 0, gone: 0, pending: 0 };
  let approximate = false;
  for (const inv of invitations) {
    if (inv.receivedAt <= now - TAG_PERIOD || inv.receivedAt > now) continue;
    r.received++;
    const end = inv.ended;
    // Gone or withdrawn, never answered here: Upwork does not count one withdrawn within a day. One seen
    // listed, unanswered, a day after it came was missed whatever became of it: it counts, unanswered.
    const unanswered = end?.how === 'gone' || end?.how === 'withdrawn';
    const listedFor = inv.lastSeenAt - inv.receivedAt;
    if (unanswered && listedFor < INVITATION_DAY) {
      r.gone++;
      continue;
    }
    // A window is missed from its very end: exactly 24 h is not within a day.
    const took = unanswered ? listedFor : end ? Math.max(0, end.at - inv.receivedAt) : now - inv.receivedAt;
    if (!end && took < INVITATION_DAY) {
      r.pending++;
      continue;
    }
    const answered = !!end && !unanswered;
    if (answered) r.answered++;
    approximate ||= !inv.exact;
    r.dayCounted++;
    if (answered && took < INVITATION_DAY) r.withinDay++;
    // An unanswered one counts against the 3-day share only once 3 days are known to have passed.
    if (answered || took >= INVITATION_DAYS_3) {
      r.days3Counted++;
      if (answered && took < INVITATION_DAYS_3) r.within3Days++;
    }
  }
  const shareDay = share(r.withinDay, r.dayCounted);
  const share3Days = share(r.within3Days, r.days3Counted);
  return { ...r, shareDay, share3Days, band: bandOf(shareDay, share3Days), approximate };
}

/** "Most" is more than half. null when nothing is decided, or when the 3-day share that would decide is not known yet. */
export function bandOf(shareDay: number | null, share3Days: number | null): InvitationBand | null {
  if (shareDay === null) return null;
  if (shareDay > 0.5) return '< 24 hours';
  if (share3Days === null) return null;
  return share3Days > 0.5 ? '< 3 days' : '3 days';
}
