import { describe, expect, it } from 'vitest';
import { bandOf, invitationRate } from '@/utils/rules/invitation-rate';
import type { Invitation, InvitationEnd } from '@/utils/model/types';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const NOW = Date.UTC(2026, 10, 20, 12);
let n = 0;
/** An invitation received `ago` before NOW; answered (or gone) `took` after it arrived, or still waiting. */
const inv = (ago: number, end: { how: InvitationEnd; took: number } | null = null, exact = true): Invitation => {
  const receivedAt = NOW - ago;
  return {
    id: `18600000000000${String(n++).padStart(5, '0')}`,
    title: 'A job',
    client: 'A client',
    receivedAt,
    exact,
    firstSeenAt: receivedAt,
    lastSeenAt: receivedAt,
    ended: end && { at: receivedAt + end.took, how: end.how },
  };
};
const declined = (ago: number, took: number, exact = true) => inv(ago, { how: 'declined', took }, exact);
const accepted = (ago: number, took: number) => inv(ago, { how: 'accepted', took });
const gone = (ago: number, took: number) => inv(ago, { how: 'gone', took });
/** Seen listed, unanswered, `listed` after it came; then gone from the list (or its page said withdrawn). */
const goneAfter = (ago: number, listed: number, how: InvitationEnd = 'gone') => ({
  ...inv(ago, { how, took: listed + H }),
  lastSeenAt: NOW - ago + listed,
});
const waiting = (ago: number, exact = true) => inv(ago, null, exact);

describe('one invitation, where it counts', () => {
  it.each([
    // what, invitation, counted for the day share, within a day, counted for 3 days, within 3 days, gone, pending
    ['declined within the hour', declined(5 * D, H), 1, 1, 1, 1, 0, 0],
    ['accepted after 23 h 59 m', accepted(5 * D, D - MIN), 1, 1, 1, 1, 0, 0],
    ['answered after exactly 24 h: not within a day', declined(5 * D, D), 1, 0, 1, 1, 0, 0],
    ['answered after 2 days', accepted(5 * D, 2 * D), 1, 0, 1, 1, 0, 0],
    ['answered after exactly 3 days: not within 3 days', declined(5 * D, 3 * D), 1, 0, 1, 0, 0, 0],
    ['answered after 4 days', declined(5 * D, 4 * D), 1, 0, 1, 0, 0, 0],
    ['gone from the list within the day: not counted', gone(5 * D, H), 0, 0, 0, 0, 1, 0],
    ['gone after a week, never seen listed after its first day: not counted', gone(10 * D, 7 * D), 0, 0, 0, 0, 1, 0],
    ['listed unanswered for 23 h, then gone: not counted', goneAfter(5 * D, D - H), 0, 0, 0, 0, 1, 0],
    ['listed unanswered for 2 days, then gone: a miss for the day, not known for 3 days', goneAfter(5 * D, 2 * D), 1, 0, 0, 0, 0, 0],
    ['listed unanswered for 4 days, then gone: a miss for both', goneAfter(10 * D, 4 * D), 1, 0, 1, 0, 0, 0],
    ['listed unanswered for 2 days, then withdrawn: a miss for the day', goneAfter(5 * D, 2 * D, 'withdrawn'), 1, 0, 0, 0, 0, 0],
    ['withdrawn by the client (its page says so): not counted', inv(5 * D, { how: 'withdrawn', took: 2 * H }), 0, 0, 0, 0, 1, 0],
    ['waiting 3 hours: not decided yet', waiting(3 * H), 0, 0, 0, 0, 0, 1],
    ['waiting 23 h 59 m: not decided yet', waiting(D - MIN), 0, 0, 0, 0, 0, 1],
    ['waiting exactly a day: a miss for the day', waiting(D), 1, 0, 0, 0, 0, 0],
    ['waiting 2 days: a miss for the day, not yet for 3 days', waiting(2 * D), 1, 0, 0, 0, 0, 0],
    ['waiting exactly 3 days: a miss for both', waiting(3 * D), 1, 0, 1, 0, 0, 0],
    ['received 90 days minus a minute ago: counted', declined(90 * D - MIN, H), 1, 1, 1, 1, 0, 0],
    ['received exactly 90 days ago: outside the period', declined(90 * D, H), 0, 0, 0, 0, 0, 0],
    ['received in the future: ignored', declined(-H, H), 0, 0, 0, 0, 0, 0],
  ])('%s', (_, invitation, dayCounted, withinDay, days3Counted, within3Days, goneN, pending) => {
    expect(invitationRate([invitation], NOW)).toMatchObject({ dayCounted, withinDay, days3Counted, within3Days, gone: goneN, pending });
  });
});

describe('a mix, as the stats page shows it', () => {
  const mix = [
    declined(10 * D, 2 * H),
    accepted(20 * D, 20 * H),
    declined(30 * D, 5 * H),
    declined(40 * D, 30 * H), // within 3 days only
    waiting(5 * D), // ignored for 5 days: a miss for both
    gone(6 * D, 3 * H),
    gone(7 * D, 2 * D),
    waiting(2 * H), // not decided yet
    declined(100 * D, H), // outside the 90 days
  ];
  const r = invitationRate(mix, NOW);
  it('counts what Upwork counts and says what it left out', () => {
    expect(r).toMatchObject({
      received: 8,
      answered: 4,
      dayCounted: 5,
      withinDay: 3,
      days3Counted: 5,
      within3Days: 4,
      gone: 2,
      pending: 1,
    });
    expect(r.shareDay).toBeCloseTo(3 / 5, 9);
    expect(r.share3Days).toBeCloseTo(4 / 5, 9);
    expect(r.band).toBe('< 24 hours');
    expect(r.approximate).toBe(false);
  });
});

describe('the band the figures point to', () => {
  it.each([
    ['most within a day', '< 24 hours', [declined(5 * D, H), declined(5 * D, H), declined(5 * D, 2 * D)]],
    ['half within a day is not most', '< 3 days', [declined(5 * D, H), declined(5 * D, 2 * D)]],
    ['most within 3 days', '< 3 days', [declined(5 * D, 2 * D), declined(5 * D, 2 * D), waiting(4 * D)]],
    ['half within 3 days is not most', '3 days', [declined(5 * D, 2 * D), waiting(4 * D)]],
    ['ignored for 4 days', '3 days', [waiting(4 * D)]],
    ['nothing decided: all pending or gone', null, [waiting(H), gone(5 * D, H)]],
    ['none within a day and the 3-day share not known yet: no label', null, [waiting(2 * D)]],
    ['five ignored, then their jobs closed: still a miss each', '3 days', [1, 2, 3, 4, 5].map(() => goneAfter(10 * D, 3 * D))],
    ['no invitations', null, []],
  ] as const)('%s → %s', (_, band, invitations) => {
    expect(invitationRate(invitations, NOW).band).toBe(band);
  });
  it('shares are null when nothing is decided, and the band with them', () => {
    const r = invitationRate([waiting(H)], NOW);
    expect([r.shareDay, r.share3Days, r.band]).toEqual([null, null, null]);
    expect(bandOf(0.51, null)).toBe('< 24 hours');
    expect(bandOf(0.5, 0.51)).toBe('< 3 days');
    expect(bandOf(0.5, null)).toBeNull();
  });
});

describe('approximate figures', () => {
  it('when a counted invitation is known only to the day', () => {
    expect(invitationRate([declined(5 * D, H, false), declined(6 * D, H)], NOW).approximate).toBe(true);
    expect(invitationRate([waiting(2 * D, false)], NOW).approximate).toBe(true);
  });
  it('not when the day-only one is not counted (still within its first day)', () => {
    expect(invitationRate([waiting(H, false), declined(6 * D, H)], NOW).approximate).toBe(false);
  });
});
