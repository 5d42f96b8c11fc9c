// Invitations to apply: how a read of the proposals page changes what is
// stored, and where each waiting invitation stands. Pure and idempotent.
// Upwork asks for an answer (accept or decline) within a day.
import { DAY, isExact, MINUTE } from '@/utils/model/time';
import { t } from '@/utils/text/i18n';
import type { Threshold } from './notify-plan';
import type { Settings } from './settings';
import type { Invitation, InvitationObservation, ProposalsStatus, ReplyStatus, TimeRange } from '@/utils/model/types';

/** Upwork's day for an invitation, not the user's window length: the label is Upwork's. Here, not in
 * invitation-rate.ts, so the popup and the worker do not load the stats page's code for one constant. */
export const INVITATION_DAY = DAY;

export const EMPTY_PROPOSALS: ProposalsStatus = { checkedAt: null, layout: null, missing: [] };

/** The invitations this read changes (new, updated, answered, or gone from the list). */
export function mergeInvitations(stored: ReadonlyMap<string, Invitation>, obs: InvitationObservation): Invitation[] {
  const changed: Invitation[] = [];
  if (obs.answered) {
    const inv = stored.get(obs.answered.id);
    if (inv && (!inv.ended || inv.ended.how === 'gone')) changed.push({ ...inv, ended: { at: obs.seenAt, how: obs.answered.how } });
    return changed;
  }
  // Only a list that was read tells what is gone; an unknown layout keeps everything.
  if (obs.page !== 'list' || obs.layout === 'unrecognised') return changed;
  // A row refused (id not digits, date unreadable or in the future) may be a known one: end nothing on such a read.
  const whole = obs.missing.length === 0;
  const listed = new Set<string>();
  for (const row of obs.invitations) {
    listed.add(row.id);
    const before = stored.get(row.id);
    const next: Invitation = {
      id: row.id,
      title: row.title || before?.title || '',
      // No list names the client: what was kept here before issue 19 was the freelancer's own profile
      // (the default-slot column), so it is not carried over.
      client: row.client,
      receivedAt: latestBound(before, row.receivedAt),
      exact: exactBound(before, row.receivedAt),
      firstSeenAt: Math.min(before?.firstSeenAt ?? obs.seenAt, obs.seenAt),
      lastSeenAt: Math.max(before?.lastSeenAt ?? obs.seenAt, obs.seenAt),
      // Listed again after it was "gone" or read as withdrawn: it is back. An answer seen on its page stands.
      ended: before?.ended && (before.ended.how === 'accepted' || before.ended.how === 'declined') ? before.ended : null,
    };
    if (!before || JSON.stringify({ ...before, lastSeenAt: 0 }) !== JSON.stringify({ ...next, lastSeenAt: 0 })) changed.push(next);
  }
  for (const inv of stored.values()) {
    // An older read (another tab) cannot end what a newer read saw listed.
    if (whole && !inv.ended && !listed.has(inv.id) && inv.lastSeenAt <= obs.seenAt)
      changed.push({ ...inv, ended: { at: obs.seenAt, how: 'gone' } });
  }
  return changed;
}

/**
 * Each read's range contains the true received time, so the latest earliest
 * bound is the closest one that is still not after it: a later, vaguer text
 * ("yesterday" after "3 hours ago") never moves the start earlier, nor later.
 * The result is the same for any reads in any order.
 */
const latestBound = (before: Invitation | undefined, at: TimeRange) => Math.max(at.earliest, before?.receivedAt ?? -Infinity);
/** Exact when a read that gave the kept bound was read to the minute. */
function exactBound(before: Invitation | undefined, at: TimeRange): boolean {
  if (!before || at.earliest > before.receivedAt) return isExact(at);
  return before.exact || (at.earliest === before.receivedAt && isExact(at));
}

export function proposalsAfter(status: ProposalsStatus, obs: InvitationObservation): ProposalsStatus {
  if (obs.page !== 'list' || (status.checkedAt ?? -1) > obs.seenAt) return status;
  return { checkedAt: obs.seenAt, layout: obs.layout, missing: obs.missing };
}

/**
 * One window, "reply within a day": Upwork's fixed day (INVITATION_DAY, as the
 * stats count it), not the user's 24-hour window, counted from the received time.
 */
export function invitationStatus(receivedAt: number, now: number): ReplyStatus {
  const deadline = receivedAt + INVITATION_DAY;
  return now < deadline
    ? { state: 'on-time', open: 'expected', missed: null, deadline, nextChangeAt: deadline }
    : { state: 'overdue', open: null, missed: 'expected', deadline, nextChangeAt: null };
}

export interface AwaitingInvitation {
  invitation: Invitation;
  status: ReplyStatus;
}

/**
 * Every invitation still waiting, in the order to answer them, as rooms are: those whose day is still
 * open first, soonest deadline first; then the missed ones, longest wait first. So the first is the
 * one to answer next, whose state the badge shows.
 */
export function awaitingInvitations(all: Iterable<Invitation>, now: number): AwaitingInvitation[] {
  const out: AwaitingInvitation[] = [];
  for (const inv of all) if (!inv.ended) out.push({ invitation: inv, status: invitationStatus(inv.receivedAt, now) });
  const missed = (a: AwaitingInvitation) => (a.status.open ? 0 : 1);
  return out.sort((a, b) => missed(a) - missed(b) || a.status.deadline - b.status.deadline || (a.invitation.id < b.invitation.id ? -1 : 1));
}

/** Warnings before an invitation's day runs out: the 24-hour window's leads, keyed apart from rooms. */
export function invitationThresholds(a: AwaitingInvitation, s: Settings): [Threshold, number][] {
  const { id, title, client, receivedAt } = a.invitation;
  const out: [Threshold, number][] = [];
  for (const lead of s.leadMinutes.expected) {
    const at = a.status.deadline - lead * MINUTE;
    const name = t('invitationNotice', title || client || id);
    const roomId = invitationNoticeId(id);
    if (at >= receivedAt)
      out.push([
        { key: `${roomId}|expected|${lead}`, roomId, name, window: 'expected', lead, at, deadline: a.status.deadline },
        receivedAt,
      ]);
  }
  return out;
}

/** Notifications carry ids; an invitation's is told apart from a room's by this prefix. */
export const INVITATION_NOTICE = 'invitation_';
export const invitationNoticeId = (id: string) => INVITATION_NOTICE + id;
