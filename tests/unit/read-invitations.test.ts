// The invitation reader against the committed fixtures of both layouts, and every time text, at a fixed "now".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { answerOfClick, readInvitationsPage } from '@/utils/upwork/read-invitations';
import { parseInvitationTime } from '@/utils/upwork/invitation-time';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York (vitest.config.ts)
const HOUR = 3_600_000;
const day = (y: number, m: number, d: number) => ({
  earliest: new Date(y, m, d).getTime(),
  latest: new Date(y, m, d, 23, 59, 59, 999).getTime(),
});

function load(name: string): Document {
  const html = fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW);
  return new DOMParser().parseFromString(html, 'text/html');
}
const read = (name: string, path = '/nx/proposals/') => readInvitationsPage(load(name), path, NOW.getTime());

describe('the proposals page, layout 2026 (data-qa / data-cy)', () => {
  const obs = read('proposals-2026.html');
  // The default-slot column is the freelancer's profile (2026 evidence), never the client: no client is read.
  it('reads every invitation: id, title; the profile column is no client', () => {
    expect(obs.layout).toBe('ok');
    expect(obs.missing).toEqual([]);
    expect(obs.invitations.map((i) => [i.id, i.title, i.client])).toEqual([
      ['1860000000000000001', 'Shopify theme for a bakery', ''],
      ['1860000000000000002', 'Fix a WooCommerce checkout', ''],
      ['1860000000000000003', '<img src=x onerror=alert(1)> landing page', ''],
    ]);
  });
  it('a day-only date counts from the earliest moment of that day; "3 hours ago" from 4 hours ago', () => {
    expect(obs.invitations[0].receivedAt).toEqual({ earliest: new Date(2026, 10, 20).getTime(), latest: NOW.getTime() });
    expect(obs.invitations[1].receivedAt).toEqual(day(2026, 10, 19));
    expect(obs.invitations[2].receivedAt).toEqual({ earliest: NOW.getTime() - 4 * HOUR, latest: NOW.getTime() - 3 * HOUR });
  });
});

describe('the proposals page, the older layout (.invitations-card-view)', () => {
  const obs = read('proposals-2024.html');
  it('reads the same fields from the older classes', () => {
    expect(obs.layout).toBe('ok');
    expect(obs.invitations.map((i) => [i.id, i.title, i.client, i.receivedAt.earliest])).toEqual([
      ['1750000000000000011', 'Translate a product catalogue', '', new Date(2026, 10, 18).getTime()],
      ['1750000000000000012', 'Logo for a cycling club', '', new Date(2026, 10, 20).getTime()],
    ]);
  });
});

describe('bad input is reported and not stored', () => {
  it('an id that is not digits, a date in the future, an unreadable time: each row refused and named', () => {
    const obs = read('proposals-bad-rows.html');
    expect(obs.invitations.map((i) => i.id)).toEqual(['1860000000000000021']);
    expect(obs.missing.sort()).toEqual(['invitation_future', 'invitation_id', 'invitation_time']);
  });
  it('a page without an invitations section is an unknown layout, not an empty list', () => {
    const obs = read('proposals-unknown.html');
    expect(obs.layout).toBe('unrecognised');
    expect(obs.missing).toEqual(['invitations']);
  });
  it('a section found by its heading alone, with no invitation, is empty', () => {
    const doc = new DOMParser().parseFromString('<section><h2>Invites from clients (0)</h2><p>No invites</p></section>', 'text/html');
    expect(readInvitationsPage(doc, '/nx/proposals/', NOW.getTime()).layout).toBe('empty');
  });
});

describe('the count in the heading checks the read (pages the reader was never shown)', () => {
  const row = (id: number) =>
    `<div class="inv"><a href="/nx/proposals/interview/uid/18600000000000000${id}">Job ${id}</a><span class="time-slot">Received yesterday</span></div>`;
  const page = (heading: string, rows: string, after = '') =>
    readInvitationsPage(
      new DOMParser().parseFromString(
        `<main><div><div class="head"><h2>${heading}</h2></div><div class="rows">${rows}</div></div>${after}</main>`,
        'text/html',
      ),
      '/nx/proposals/',
      NOW.getTime(),
    );
  it('a heading in a header of its own: the rows beside it are read', () => {
    const obs = page('Invites from clients (2)', row(11) + row(12));
    expect(obs).toMatchObject({ layout: 'ok', missing: [] });
    expect(obs.invitations.map((i) => i.id)).toEqual(['1860000000000000011', '1860000000000000012']);
  });
  it('a count of 3 with no invitation found is an unknown layout, never an empty list', () => {
    expect(page('Invites from clients (3)', '<p>Loading…</p>')).toMatchObject({ layout: 'unrecognised', missing: ['invitation_count'] });
  });
  it("more rows than the heading counts (another section's links taken in) are not stored", () => {
    const doc = new DOMParser().parseFromString(
      `<section data-qa="card-invitations"><h2>Invites from clients (1)</h2><ul><li>${row(11)}</li><li>${row(12)}</li></ul></section>`,
      'text/html',
    );
    expect(readInvitationsPage(doc, '/nx/proposals/', NOW.getTime())).toMatchObject({
      layout: 'unrecognised',
      missing: ['invitation_count'],
      invitations: [],
    });
  });
  it("a heading on its own, invitations still loading: another section's interview links are not taken in", () => {
    const obs = page('Invites from clients (2)', '<p>Loading…</p>', `<section><h2>Active proposals (2)</h2>${row(31)}${row(32)}</section>`);
    expect(obs).toMatchObject({ layout: 'unrecognised', invitations: [] });
  });
  it('fewer rows than it counts (a "show more" list) are kept, and the read is not whole: it ends nothing', () => {
    const obs = page('Invites from clients (5)', row(11) + row(12));
    expect(obs.invitations).toHaveLength(2);
    expect(obs.missing).toEqual(['invitation_count']);
  });
});

describe('every time text', () => {
  const now = NOW.getTime();
  it.each([
    ['Received May 11, 2026', day(2026, 4, 11)],
    ['Initiated Nov 19, 2026', day(2026, 10, 19)],
    ['Received yesterday', day(2026, 10, 19)],
    ['Received Today', { earliest: new Date(2026, 10, 20).getTime(), latest: now }],
    ['Received Monday', day(2026, 10, 16)],
    ['Received Nov 21', day(2025, 10, 21)], // no year and after today: last year's
    ['Received 3 hours ago', { earliest: now - 4 * HOUR, latest: now - 3 * HOUR }],
    ['an hour ago', { earliest: now - 2 * HOUR, latest: now - HOUR }],
    ['Received 2 days ago', { earliest: now - 3 * 24 * HOUR, latest: now - 2 * 24 * HOUR }],
    ['Received 5 minutes ago', { earliest: now - 6 * 60_000, latest: now - 5 * 60_000 }],
    ['just now', { earliest: now - 60_000, latest: now }],
    // Written other ways, on pages the reader was never shown:
    ['a few seconds ago', { earliest: now - 60_000, latest: now }],
    ['Received 2 weeks ago', { earliest: now - 21 * 24 * HOUR, latest: now - 14 * 24 * HOUR }],
    ['a month ago', { earliest: now - 62 * 24 * HOUR, latest: now - 28 * 24 * HOUR }],
    ['Received 11/19/2026', day(2026, 10, 19)],
    ['11/19/26', day(2026, 10, 19)],
    ['19 Nov 2026', day(2026, 10, 19)],
    ['Nov 19, 2026, 3:15 PM', { earliest: new Date(2026, 10, 19, 15, 15).getTime(), latest: new Date(2026, 10, 19, 15, 16).getTime() - 1 }],
    ['Nov 19, 2026 3:15 PM', { earliest: new Date(2026, 10, 19, 15, 15).getTime(), latest: new Date(2026, 10, 19, 15, 16).getTime() - 1 }],
  ])('%s', (text, range) => expect(parseInvitationTime(text, now)).toEqual(range));
  it('a date after now is "future"; text that is no time is null', () => {
    expect(parseInvitationTime('Received Nov 23, 2026', now)).toBe('future');
    expect(parseInvitationTime('Received sometime', now)).toBeNull();
    expect(parseInvitationTime('Received Feb 31, 2026', now)).toBeNull();
    expect(parseInvitationTime('', now)).toBeNull();
    expect(parseInvitationTime('11/23/2026', now)).toBe('future');
    expect(parseInvitationTime('13/19/2026', now)).toBeNull();
    expect(parseInvitationTime('last week', now)).toBeNull();
    // Older than anything is kept: no invitation still listed.
    expect(parseInvitationTime('999 weeks ago', now)).toBeNull();
    expect(parseInvitationTime('11/19/1999', now)).toBeNull();
  });
});

describe("an invitation's own page", () => {
  const path = '/nx/proposals/interview/uid/1860000000000000001';
  it('with Accept and Decline still offered, it waits', () => {
    const obs = read('invitation-2026.html', path);
    expect(obs).toMatchObject({ page: 'invitation', layout: 'ok', answered: null });
  });
  it('saying it was declined, it is answered', () => {
    const doc = load('invitation-2026.html');
    doc.getElementById('actions')!.remove();
    doc.getElementById('outcome')!.textContent = 'You declined this invitation.';
    expect(readInvitationsPage(doc, path, NOW.getTime()).answered).toEqual({ id: '1860000000000000001', how: 'declined' });
  });
  it.each([
    ['This invitation has been withdrawn by the client.', 'withdrawn'],
    ['The client withdrew this invitation', 'withdrawn'],
    ['This job posting was closed.', 'withdrawn'],
    ['This invitation has been declined.', 'declined'],
    // The user's own answer comes first: declined, and later closed.
    ['You declined this invitation. This job posting was closed.', 'declined'],
  ])('saying "%s": %s', (words, how) => {
    const doc = load('invitation-2026.html');
    doc.getElementById('actions')!.remove();
    doc.getElementById('outcome')!.textContent = words;
    expect(readInvitationsPage(doc, path, NOW.getTime()).answered).toEqual({ id: '1860000000000000001', how });
  });
  it.each(['Accept invitation', 'Accept interview', 'Accept and send a proposal', 'Decline', 'Decline invitation', 'Decline interview'])(
    'the button "%s" alone says the invitation still waits',
    (name) => {
      const doc = new DOMParser().parseFromString(`<main><button>${name}</button></main>`, 'text/html');
      expect(readInvitationsPage(doc, path, NOW.getTime())).toMatchObject({ layout: 'ok', answered: null });
    },
  );
  it('a bare "Accept" (a cookie banner) is not an invitation\'s answer, and a click on it accepts nothing', () => {
    const doc = new DOMParser().parseFromString('<main><button>Accept</button></main>', 'text/html');
    expect(readInvitationsPage(doc, path, NOW.getTime()).layout).toBe('unrecognised');
    expect(answerOfClick(doc.querySelector('button'))).toBeNull();
  });
  it('while Accept and Decline are offered, "cancelled" in the job description is not a withdrawal', () => {
    const doc = load('invitation-2026.html');
    doc.getElementById('outcome')!.textContent = 'This job was cancelled once already; I need it done now.';
    expect(readInvitationsPage(doc, path, NOW.getTime())).toMatchObject({ layout: 'ok', answered: null });
  });
  it('neither buttons nor an answer: unknown layout', () => {
    const obs = read('proposals-unknown.html', path);
    expect(obs).toMatchObject({ layout: 'unrecognised', missing: ['invitation_buttons'], answered: null });
  });
  it("the user's click: accept counts at once; decline only from the dialog that asks why", () => {
    const doc = load('invitation-2026.html');
    const [accept, decline] = Array.from(doc.querySelectorAll('button'));
    expect(answerOfClick(accept)).toBe('accepted');
    expect(answerOfClick(decline)).toBeNull();
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<button><span>Decline</span></button>'; // eslint-disable-line no-restricted-syntax
    doc.body.append(dialog);
    expect(answerOfClick(dialog.querySelector('span'))).toBe('declined');
  });
});
