// The proposals page as the 2026 evidence shows it (tests/fixtures/pages/proposals-2026-parts.html).
// On main: every row was refused ("invitation_time": the cell read glued, "InitiatedNov 19, 2026yesterday"),
// the profile column was stored as the client, and an /accept page was not an invitation page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readInvitationsPage } from '@/utils/upwork/read-invitations';
import { readTimeCell } from '@/utils/upwork/invitation-cell';
import { mergeInvitations } from '@/utils/rules/invitations';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York
const HOUR = 3_600_000;
const day = (d: number) => ({ earliest: new Date(2026, 10, d).getTime(), latest: new Date(2026, 10, d, 23, 59, 59, 999).getTime() });
const load = (name: string) =>
  new DOMParser().parseFromString(fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW), 'text/html');

describe('invitation time cells in three parts', () => {
  const obs = readInvitationsPage(load('proposals-2026-parts.html'), '/nx/proposals/', NOW.getTime());
  const byId = (tail: string) => obs.invitations.find((i) => i.id.endsWith(tail));
  it('label, date and "yesterday" in separate elements: the day they allow together', () => {
    expect(byId('11')?.receivedAt).toEqual(day(19));
  });
  it('a date and "3 hours ago": the tightest range both allow', () => {
    expect(byId('12')?.receivedAt).toEqual({ earliest: NOW.getTime() - 4 * HOUR, latest: NOW.getTime() - 2 * HOUR });
  });
  it('parts split by <br>: "Received", the date, "2 days ago"', () => expect(byId('13')?.receivedAt).toEqual(day(18)));
  it('parts that contradict each other (May 11 is not "yesterday") are reported as a time not read, never stored', () => {
    expect(byId('14')).toBeUndefined();
    expect(obs.missing).toEqual(['invitation_time']);
  });
  it("the default-slot column is the freelancer's profile: no invitation has it as its client", () => {
    expect(obs.invitations.map((i) => i.client)).toEqual(['', '', '']);
    expect(JSON.stringify(obs)).not.toMatch(/General Profile|Bright Pixel/);
  });
  it('a profile stored as the client by an older version is dropped at the next read of the list', () => {
    const row = obs.invitations[0];
    const stored = {
      ...row,
      client: 'General Profile',
      receivedAt: row.receivedAt.earliest,
      exact: false,
      firstSeenAt: 0,
      lastSeenAt: 0,
      ended: null,
    };
    const [next] = mergeInvitations(new Map([[row.id, stored]]), obs);
    expect(next.client).toBe('');
  });
  it('a link ending in /accept is the invitation; its own page is read as an invitation page', () => {
    expect(byId('12')?.title).toBe('Fix a WooCommerce checkout');
    const page = readInvitationsPage(load('invitation-2026.html'), '/nx/proposals/interview/uid/1860000000000000012/accept', NOW.getTime());
    expect(page.page).toBe('invitation');
  });
});

describe('readTimeCell', () => {
  const now = NOW.getTime();
  it('a glued part with date and relative time is split ("Received Nov 18, 2026 2 days ago")', () => {
    expect(readTimeCell(['Received Nov 18, 2026 2 days ago'], now)).toEqual(day(18));
  });
  it('a part it cannot read makes the cell unread, not a guess', () => {
    expect(readTimeCell(['Received', 'Nov 18, 2026', 'soonish'], now)).toBeNull();
    expect(readTimeCell(['Received'], now)).toBeNull();
  });
  it('a date after now is "future"', () => expect(readTimeCell(['Received', 'Dec 25, 2026'], now)).toBe('future'));
});
