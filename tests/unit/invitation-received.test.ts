// An invitation's received time across reads, and its day (issue 20, items 3 and 4).
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { Invitation, InvitationObservation, InvitationRow, TimeRange } from '@/utils/model/types';
import { awaitingInvitations, invitationStatus, invitationThresholds, mergeInvitations } from '@/utils/rules/invitations';
import { DEFAULT_SETTINGS, windowLengths } from '@/utils/rules/settings';
import { INVITATION_DAY } from '@/utils/rules/invitation-rate';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { parseInvitationTime } from '@/utils/upwork/invitation-time';

const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const row = (id: string, receivedAt: TimeRange): InvitationRow => ({ id, title: `Job ${id}`, client: 'Acme', receivedAt });
const list = (rows: InvitationRow[], seenAt: number): InvitationObservation => ({
  seenAt,
  page: 'list',
  layout: 'ok',
  missing: [],
  invitations: rows,
  answered: null,
});
function apply(...reads: InvitationObservation[]): Map<string, Invitation> {
  const store = new Map<string, Invitation>();
  for (const r of reads) for (const inv of mergeInvitations(store, r)) store.set(inv.id, inv);
  return store;
}

describe('the received time: each read bounds it, the latest earliest bound is kept', () => {
  it('"3 hours ago", then "yesterday" a day later: still on time, with the hours it had', () => {
    // The true time is 9:00 on the 20th; a read at 12:00 says "3 hours ago".
    const first = parseInvitationTime('3 hours ago', T0 + 3 * HOUR) as TimeRange;
    const next = parseInvitationTime('yesterday', T0 + DAY) as TimeRange;
    expect(first.earliest).toBeLessThanOrEqual(T0);
    expect(next.earliest).toBeLessThan(first.earliest);
    const s = apply(list([row('1', first)], T0 + 3 * HOUR), list([row('1', next)], T0 + DAY));
    expect(s.get('1')!.receivedAt).toBe(first.earliest);
    // 20 hours after it came, the invitation has hours left: no warning, not missed.
    const [a] = awaitingInvitations(s.values(), T0 + 20 * HOUR);
    expect(a.status.state).toBe('on-time');
    expect(a.status.deadline).toBe(first.earliest + INVITATION_DAY);
  });

  test.prop([
    fc.integer({ min: 0, max: 30 * DAY }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: DAY })), {
      minLength: 1,
      maxLength: 5,
    }),
  ])('any reads in any order: the start is the latest earliest bound, never after the true time', (offset, reads) => {
    const truth = T0 + offset;
    // Each read's range contains the true time; it was read at or after its range's end.
    const obs = reads.map(([before, after, late]) =>
      list([row('1', { earliest: truth - before, latest: truth + after })], truth + after + late),
    );
    const best = Math.max(...reads.map(([before]) => truth - before));
    const forward = apply(...obs).get('1')!;
    const backward = apply(...[...obs].reverse()).get('1')!;
    expect(forward.receivedAt).toBe(best);
    expect(backward.receivedAt).toBe(best);
    expect(forward.receivedAt).toBeLessThanOrEqual(truth);
    expect(forward.exact).toBe(backward.exact);
  });

  it('an exact minute stays exact when a vaguer read comes after it', () => {
    const exact = { earliest: T0, latest: T0 + MINUTE - 1 };
    const vague = { earliest: new Date(2026, 10, 20).getTime(), latest: T0 + HOUR };
    const s = apply(list([row('1', exact)], T0 + HOUR), list([row('1', vague)], T0 + 2 * HOUR));
    expect(s.get('1')).toMatchObject({ receivedAt: T0, exact: true });
  });
});

describe("an invitation's day is Upwork's, whatever the user's 24-hour window", () => {
  it('a user who set the 24-hour window to 12 hours still has the day to answer, and is warned before its end', () => {
    const settings = { ...DEFAULT_SETTINGS, expectedHours: 12 };
    expect(windowLengths(settings).expected).toBe(12 * HOUR);
    const s = apply(list([row('1', { earliest: T0, latest: T0 + MINUTE - 1 })], T0 + HOUR));
    const [a] = awaitingInvitations(s.values(), T0 + 13 * HOUR);
    expect(a.status).toMatchObject({ state: 'on-time', deadline: T0 + INVITATION_DAY });
    const warnings = invitationThresholds(a, settings).map(([w]) => w.at);
    expect(warnings).toEqual(settings.leadMinutes.expected.map((lead) => T0 + INVITATION_DAY - lead * MINUTE));
    expect(invitationStatus(T0, T0 + INVITATION_DAY - 1).state).toBe('on-time');
    expect(invitationStatus(T0, T0 + INVITATION_DAY).state).toBe('overdue');
  });
});
