// Pure readers of the proposals page and of an invitation's own page:
// document + address + now in, an InvitationObservation out. Rows whose id is
// not digits or whose date is in the future are reported, never stored.
import type { InvitationObservation, InvitationRow } from '@/utils/model/types';
import { INVITATION_PATH, invitationIdOf } from './addresses';
import {
  ACCEPTED_TEXT,
  ACCEPT_BUTTON,
  DECLINED_TEXT,
  DECLINE_BUTTON,
  INVITE_HEADING,
  INVITE_SEL,
  WITHDRAWN_TEXT,
} from './invitation-selectors';
import { readTimeCell } from './invitation-cell';
import { pick, text } from './selectors';
import { spacedText, textParts } from './text-parts';

export function readInvitationsPage(doc: Document, pathname: string, now: number): InvitationObservation {
  const own = INVITATION_PATH.exec(pathname);
  return own ? readInvitationPage(doc, own[1], now) : readProposalsList(doc, now);
}

const LINK = 'a[href*="/nx/proposals/interview/uid/"]';
const headingOf = (root: ParentNode) => Array.from(root.querySelectorAll(INVITE_SEL.headings)).find((h) => INVITE_HEADING.test(text(h)));
/** "Invites from clients (3)": the count the page gives, or null. */
const countIn = (heading: Element | undefined) => {
  const m = heading && /\((\d{1,4})\)/.exec(text(heading));
  return m ? Number(m[1]) : null;
};

/**
 * The section of invitations: by its hooks, else the element around a heading that names it.
 * A heading in a header of its own (rows beside it, not in it) is widened, a level at a time,
 * to the first ancestor with invitation links, never to one with more of them than the heading counts.
 */
function findSection(doc: Document): { section: Element | null; count: number | null } {
  const hooked = pick(doc, INVITE_SEL.section);
  if (hooked) return { section: hooked, count: countIn(headingOf(hooked)) };
  const heading = headingOf(doc);
  const count = countIn(heading);
  let section = heading?.closest('section, [data-qa^="card-"], .air3-card') ?? heading?.parentElement ?? null;
  for (let up = 0, wider = section?.parentElement; up < 3 && section && wider && count; up++, wider = wider.parentElement) {
    if (section.querySelector(LINK)) break;
    // Never into another section: an ancestor with a second heading holds more than the invitations.
    if (wider.querySelectorAll(INVITE_SEL.headings).length > 1) break;
    const links = wider.querySelectorAll(LINK).length;
    if (links > count) break;
    if (links) section = wider;
  }
  return { section, count };
}

export function readProposalsList(doc: Document, now: number): InvitationObservation {
  const base = { seenAt: now, page: 'list' as const, answered: null };
  const { section, count } = findSection(doc);
  if (!section) return { ...base, layout: 'unrecognised', missing: ['invitations'], invitations: [] };
  const missing = new Set<string>();
  const invitations: InvitationRow[] = [];
  // Each row is found from its invitation link, the anchor every layout shares.
  const links = Array.from(section.querySelectorAll<HTMLAnchorElement>(LINK));
  const rows = new Set(links.map((a) => rowOf(a, section)));
  for (const row of rows) {
    const link = row.matches(INVITE_SEL.link) ? row : row.querySelector(INVITE_SEL.link);
    const id = invitationIdOf(link?.getAttribute('href'));
    if (!id) {
      missing.add('invitation_id');
      continue;
    }
    const receivedAt = readTimeCell(textParts(pick(row, INVITE_SEL.time)), now);
    if (receivedAt === 'future') missing.add('invitation_future');
    if (receivedAt === null) missing.add('invitation_time');
    if (receivedAt === null || receivedAt === 'future') continue;
    const title = text(pick(row, INVITE_SEL.title)) || text(link);
    // The default-slot column is the freelancer's own profile, never the client: no row names the client.
    invitations.push({ id, title, client: '', receivedAt });
  }
  // A section with rows but no invitation link is a layout we do not know, not an empty list.
  const unknownRows = !links.length && section.querySelector(INVITE_SEL.row.join(', '));
  if (unknownRows) return { ...base, layout: 'unrecognised', missing: ['invitation_link'], invitations: [] };
  // The heading's count checks the read: more rows than it counts are not all invitations (another
  // section was taken in); none where it counts some is a layout we do not know, never an empty list;
  // fewer (a "show more" list) are kept, but the read is not whole, so it ends nothing.
  if (count !== null && (rows.size > count || (count > 0 && rows.size === 0)))
    return { ...base, layout: 'unrecognised', missing: ['invitation_count'], invitations: [] };
  if (count !== null && rows.size < count) missing.add('invitation_count');
  return { ...base, layout: invitations.length || rows.size ? 'ok' : 'empty', missing: [...missing], invitations };
}

/** The row around an invitation link: a known row, else its widest ancestor in the section about this invitation alone. */
function rowOf(link: Element, section: Element): Element {
  const known = link.closest(INVITE_SEL.row.join(', ')) ?? link.closest('tr, li');
  if (known && section.contains(known)) return known;
  const ids = (el: Element) => new Set(Array.from(el.querySelectorAll(LINK), (a) => invitationIdOf(a.getAttribute('href')))).size;
  let row = link;
  while (row.parentElement && row.parentElement !== section && ids(row.parentElement) === 1) row = row.parentElement;
  return row;
}

/** An invitation's own page: answered when it says so; the buttons alone mean it still waits. */
export function readInvitationPage(doc: Document, id: string, now: number): InvitationObservation {
  const base = { seenAt: now, page: 'invitation' as const, invitations: [] };
  const body = pageText(doc);
  const buttons = Array.from(doc.querySelectorAll(INVITE_SEL.buttons)).map(text);
  const known = buttons.some((b) => ACCEPT_BUTTON.test(b) || DECLINE_BUTTON.test(b));
  // The user's own answer first: a declined invitation later closed was still declined. "Withdrawn" only
  // once the answers are no longer offered: a job description may say "cancelled" too.
  const how = DECLINED_TEXT.test(body)
    ? 'declined'
    : ACCEPTED_TEXT.test(body)
      ? 'accepted'
      : !known && WITHDRAWN_TEXT.test(body)
        ? 'withdrawn'
        : null;
  if (how) return { ...base, layout: 'ok', missing: [], answered: { id, how } };
  return { ...base, layout: known ? 'ok' : 'unrecognised', missing: known ? [] : ['invitation_buttons'], answered: null };
}

/** The user's own click on an invitation page's final answer (the decline dialog's button, or accept). */
export function answerOfClick(target: Element | null): 'accepted' | 'declined' | null {
  const button = target?.closest(INVITE_SEL.buttons);
  if (!button) return null;
  const label = text(button);
  if (ACCEPT_BUTTON.test(label)) return 'accepted';
  // The first "Decline" opens a dialog asking why; only the dialog's own "Decline" declines.
  if (DECLINE_BUTTON.test(label) && button.closest('[role="dialog"], dialog, .air3-modal')) return 'declined';
  return null;
}

/** The page's own words, part by part (text-parts.ts): scripts and styles hold text too (the app's state), which the user never reads. */
const pageText = (doc: Document): string => spacedText(doc.body ?? doc.documentElement);
