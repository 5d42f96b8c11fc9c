// The round trip a maintainer makes with a user's report: the outline of every fixture page,
// turned back into a page by `npm run fixture`, is read as the original was: the same rooms,
// the same authors, the same verdict (times may differ: only their shapes travel).
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { pageFromReport } from '../tools/fixture-from-report.mjs';
import { buildReport } from '@/utils/report/report';
import { readPage } from '@/utils/upwork/read-page';
import { readInvitationsPage } from '@/utils/upwork/read-invitations';
import { addressOf, FIXTURE_PAGES, fixtureHtml, NOW, parse } from './report-fixtures';

/** Ids as the pattern of which are the same (first seen = 0, 1, …): the stand-ins are other ids for the same rooms. */
const pattern = (ids: string[]) => {
  const seen = new Map<string, number>();
  return ids.map((id) => (seen.has(id) ? seen.get(id)! : (seen.set(id, seen.size), seen.size - 1)));
};

/** What a read says, without the page's own words, ids or times. */
function essence(doc: Document, url: string) {
  const now = NOW.getTime();
  if (url.includes('/nx/proposals')) {
    const obs = readInvitationsPage(doc, new URL(url).pathname, now);
    // Only the shape of a date travels: a row kept or dropped for its date (in the future, unreadable) may differ.
    const byTime = (m: string) => m === 'invitation_time' || m === 'invitation_future';
    const invitations = obs.missing.some(byTime) ? 'some dropped for their time' : pattern(obs.invitations.map((i) => i.id));
    return { layout: obs.layout, missing: obs.missing.filter((m) => !byTime(m)), invitations, answered: obs.answered?.how ?? null };
  }
  const obs = readPage(doc, url, now, null);
  return {
    layout: obs.layout,
    missing: obs.missing.filter((m) => m !== 'time'),
    rooms: pattern([...obs.rows.map((r) => r.roomId), obs.open?.roomId ?? '-']),
    lastBy: obs.rows.map((r) => r.lastBy),
    authors: obs.open?.messages.map((m) => m.side) ?? null,
    messages: pattern(obs.open?.messages.map((m) => m.id) ?? []),
    selfLearned: obs.selfName !== null,
  };
}

describe.each(FIXTURE_PAGES)('%s, through a report and back', (file) => {
  const url = addressOf(file);
  const report = buildReport(parse(fixtureHtml(file)), url, NOW.getTime(), { version: '0', browser: 'test' });
  const { html, address } = pageFromReport(report);
  it('is read with the same rooms, the same authors and the same verdict', () => {
    const again = parse(fillTimeTokens(html, NOW));
    expect(essence(again, address)).toEqual(essence(parse(fixtureHtml(file)), url));
  });
  it('carries no text of the original page', () => {
    const words = (parse(fixtureHtml(file)).body.textContent ?? '').match(/\p{Lu}\p{Ll}{3,}/gu) ?? [];
    const kept =
      /^(Yesterday|Today|Received|Initiated|Invites|Invitations|Accept|Decline|View|Messages|Unread|Favou?rites|Archived?|Welcome|Conversations|[A-Z][a-z]+day|January|February|March|April|June|July|August|September|October|November|December)$/;
    expect(words.filter((w) => !kept.test(w) && new RegExp(`\\b${w}\\b`).test(html))).toEqual([]);
  });
});
