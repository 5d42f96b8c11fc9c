// Invitations: how reads change what is stored, the one-day window, and the badge.
import { describe, expect, it } from 'vitest';
import type { Invitation, InvitationObservation, InvitationRow } from '@/utils/model/types';
import { awaitingInvitations, invitationStatus, mergeInvitations } from '@/utils/rules/invitations';
import { BADGE_COLOR, badgeView } from '@/utils/rules/badge';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { HOUR } from '@/utils/model/time';
import { invitationObservationProblem } from '@/utils/protocol/invitation-guards';

const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const row = (id: string, at = T0): InvitationRow => ({
  id,
  title: `Job ${id}`,
  client: 'Acme',
  receivedAt: { earliest: at, latest: at + 59_999 },
});
const list = (rows: InvitationRow[], seenAt: number, extra: Partial<InvitationObservation> = {}): InvitationObservation => ({
  seenAt,
  page: 'list',
  layout: rows.length ? 'ok' : 'empty',
  missing: [],
  invitations: rows,
  answered: null,
  ...extra,
});
/** Applies reads in order, as the worker stores them. */
function apply(...reads: InvitationObservation[]): Map<string, Invitation> {
  const store = new Map<string, Invitation>();
  for (const r of reads) for (const inv of mergeInvitations(store, r)) store.set(inv.id, inv);
  return store;
}

describe('reading the proposals page', () => {
  it('a new invitation waits from when it was received', () => {
    const s = apply(list([row('1')], T0 + HOUR));
    expect(s.get('1')).toMatchObject({ receivedAt: T0, exact: true, ended: null });
  });
  it('the same read twice changes nothing the second time', () => {
    const s = apply(list([row('1')], T0 + HOUR));
    expect(mergeInvitations(s, list([row('1')], T0 + HOUR))).toEqual([]);
  });
  it('no longer listed while the section is read: "gone", not a reply', () => {
    const s = apply(list([row('1'), row('2')], T0 + HOUR), list([row('2')], T0 + 2 * HOUR));
    expect(s.get('1')!.ended).toEqual({ at: T0 + 2 * HOUR, how: 'gone' });
    expect(s.get('2')!.ended).toBeNull();
  });
  it('an unknown layout keeps every invitation waiting', () => {
    const s = apply(list([row('1')], T0 + HOUR), list([], T0 + 2 * HOUR, { layout: 'unrecognised', missing: ['invitations'] }));
    expect(s.get('1')!.ended).toBeNull();
  });
  it('a read with a refused row (bad id, future date) ends nothing', () => {
    const s = apply(list([row('1')], T0 + HOUR), list([row('2')], T0 + 2 * HOUR, { missing: ['invitation_future'] }));
    expect(s.get('1')!.ended).toBeNull();
  });
  it('an older read from another tab cannot end what a newer one saw', () => {
    const s = apply(list([row('1')], T0 + 2 * HOUR), list([], T0 + HOUR));
    expect(s.get('1')!.ended).toBeNull();
  });
  it('declined on its own page: answered, and stays so when a stale list still shows it', () => {
    const declined: InvitationObservation = { ...list([], T0 + 2 * HOUR), page: 'invitation', answered: { id: '1', how: 'declined' } };
    const s = apply(list([row('1')], T0 + HOUR), declined, list([row('1')], T0 + 3 * HOUR));
    expect(s.get('1')!.ended).toEqual({ at: T0 + 2 * HOUR, how: 'declined' });
  });
  it('withdrawn, as its own page says: it stops waiting, and says why', () => {
    const withdrawn: InvitationObservation = { ...list([], T0 + 2 * HOUR), page: 'invitation', answered: { id: '1', how: 'withdrawn' } };
    const s = apply(list([row('1')], T0 + HOUR), withdrawn);
    expect(s.get('1')!.ended).toEqual({ at: T0 + 2 * HOUR, how: 'withdrawn' });
    expect(awaitingInvitations(s.values(), T0 + 3 * HOUR)).toEqual([]);
    // The worker takes that answer from a page, and no other word.
    expect(invitationObservationProblem(withdrawn)).toBeNull();
    expect(invitationObservationProblem({ ...withdrawn, answered: { id: '1', how: 'ignored' } })).toBe('bad answer');
  });
  it('read as withdrawn and then listed again: it is back, waiting (the page may have said so wrongly)', () => {
    const withdrawn: InvitationObservation = { ...list([], T0 + 2 * HOUR), page: 'invitation', answered: { id: '1', how: 'withdrawn' } };
    const s = apply(list([row('1')], T0 + HOUR), withdrawn, list([row('1')], T0 + 3 * HOUR));
    expect(s.get('1')!.ended).toBeNull();
  });
  it('"gone" and then listed again: it is back, waiting', () => {
    const s = apply(list([row('1')], T0 + HOUR), list([], T0 + 2 * HOUR), list([row('1')], T0 + 3 * HOUR));
    expect(s.get('1')!.ended).toBeNull();
  });
  it('a later, vaguer date never moves the start', () => {
    const vague = { ...row('1'), receivedAt: { earliest: new Date(2026, 10, 20).getTime(), latest: T0 + HOUR } };
    const s = apply(list([row('1', new Date(2026, 10, 20, 8).getTime())], T0 + HOUR), list([vague], T0 + 2 * HOUR));
    expect(s.get('1')!.receivedAt).toBe(new Date(2026, 10, 20, 8).getTime());
    expect(s.get('1')!.exact).toBe(true);
  });
});

describe('the one-day window', () => {
  it('on time until 24 hours after it was received, then overdue, from that very instant', () => {
    expect(invitationStatus(T0, T0 + 24 * HOUR - 1)).toMatchObject({ state: 'on-time', open: 'expected', deadline: T0 + 24 * HOUR });
    expect(invitationStatus(T0, T0 + 24 * HOUR)).toMatchObject({ state: 'overdue', open: null, missed: 'expected' });
  });
  it('only waiting invitations, soonest deadline first', () => {
    const s = apply(
      list([row('1', T0), row('2', T0 - HOUR), row('3', T0)], T0 + HOUR),
      list([row('1', T0), row('2', T0 - HOUR)], T0 + HOUR),
    );
    expect(awaitingInvitations(s.values(), T0 + HOUR).map((a) => a.invitation.id)).toEqual(['2', '1']);
  });
  it('in the order to answer them: an invitation whose day is open comes before one already missed', () => {
    const s = apply(list([row('old', T0 - 30 * HOUR), row('older', T0 - 50 * HOUR), row('new', T0 - HOUR), row('newer', T0)], T0));
    expect(awaitingInvitations(s.values(), T0).map((a) => a.invitation.id)).toEqual(['new', 'newer', 'older', 'old']);
  });
});

describe('the badge', () => {
  const status = { lastReadAt: T0, checkedAt: T0, layout: 'ok' as const, missing: [], selfName: null };
  const invitations = awaitingInvitations(apply(list([row('1', T0 - 30 * HOUR)], T0)).values(), T0);
  const input = { rooms: [], status, storageError: null, away: false, now: T0, invitations };
  it('counts invitations with the rooms; with no room waiting, in the colour of the first invitation (missed: 30 h)', () => {
    const v = badgeView({ ...input, settings: DEFAULT_SETTINGS });
    expect(v.text).toBe('1!'); // missed: the cue says so without colour
    expect(v.color).toBe(BADGE_COLOR.overdue);
    expect(v.title).toContain('1 invitation waiting');
  });
  it('apart, if the user prefers: not in the count, named in the title', () => {
    const v = badgeView({ ...input, settings: { ...DEFAULT_SETTINGS, badgeInvitations: 'apart' } });
    expect(v.text).toBe('');
    expect(v.title).toContain('1 invitation waiting');
  });
});
