// A page report: the redacted outline of the open Upwork page, and beside it what
// the reader found there. Pure: document + address + now + where it runs, in; plain data out.
// Made on the user's computer, shown whole before it leaves the popup, never sent.
import { INVITATION_PATH, isProposalsPage, isWorkroomMessages, MESSAGES_PATH, UPWORK_ORIGIN } from '@/utils/upwork/addresses';
import { diagnoseInvitations, diagnoseMessages, type Diagnosis, type PageKind } from './diagnosis';
import { hrefShape, Pseudonyms } from './ids';
import { outlineOf, type Outline } from './outline';
import { layerElements } from './layers';
import { SEL } from '@/utils/upwork/selectors';
import { INVITE_SEL } from '@/utils/upwork/invitation-selectors';

export const REPORT_FORMAT = 'reply-window-page-report/1';

export interface ReportEnv {
  /** The extension's version (manifest). */
  version: string;
  /** The browser and its major version only ("Chrome 156"): no full user agent. */
  browser: string;
}

export interface PageReport {
  format: typeof REPORT_FORMAT;
  extension: string;
  browser: string;
  /** The local day of the report and the machine's offset from UTC: time texts are local. */
  made: string;
  utcOffsetMinutes: number;
  pageKind: PageKind | 'not a page Reply Window reads';
  /** The page's address as its shape, ids replaced as in the outline. */
  address: string;
  note: string | null;
  reader: Diagnosis | null;
  outline: string[];
  outlineCut: Outline['cut'];
}

export function pageKindOf(url: string): PageKind | null {
  const u = new URL(url);
  if (u.origin !== UPWORK_ORIGIN) return null;
  if (isWorkroomMessages(url)) return 'workroom';
  if (MESSAGES_PATH.test(u.pathname)) return 'messages';
  if (INVITATION_PATH.test(u.pathname)) return 'invitation';
  if (isProposalsPage(url)) return 'proposals';
  return null;
}

/** "Mozilla/5.0 … Chrome/156.0.1.2 …" -> "Chrome 156". */
export function browserName(userAgent: string): string {
  const m = /(Firefox|Edg|OPR|Chrome)\/(\d+)/.exec(userAgent);
  return m ? `${m[1] === 'Edg' ? 'Edge' : m[1] === 'OPR' ? 'Opera' : m[1]} ${m[2]}` : 'unknown';
}

export function buildReport(doc: Document, url: string, now: number, env: ReportEnv, maxChars?: number): PageReport {
  const ids = new Pseudonyms();
  const kind = pageKindOf(url);
  const base = {
    format: REPORT_FORMAT,
    extension: env.version,
    browser: env.browser,
    made: new Date(now).toISOString().slice(0, 10),
    utcOffsetMinutes: -new Date(now).getTimezoneOffset(),
  } as const;
  if (!kind) {
    const note =
      'This tab is not an Upwork page that Reply Window reads (Messages, a workroom, proposals or an invitation): nothing was outlined.';
    return {
      ...base,
      pageKind: 'not a page Reply Window reads',
      address: hrefShape(url, ids),
      note,
      reader: null,
      outline: [],
      outlineCut: null,
    };
  }
  // The outline first: its pseudonyms number the ids in the order the page shows them.
  const outline = outlineOf(doc.body ?? doc.documentElement, ids, maxChars, readerParts(doc, kind));
  const reader =
    kind === 'messages' || kind === 'workroom' ? diagnoseMessages(doc, url, now) : diagnoseInvitations(doc, new URL(url).pathname, now);
  const note = outline.cut
    ? `The page is larger than a report holds: the outline stops at ${outline.cut.at}.`
    : outline.focused
      ? 'The page is larger than a report holds: only the parts Reply Window reads are outlined in full; each other branch is one line.'
      : null;
  return { ...base, pageKind: kind, address: hrefShape(url, ids), note, reader, outline: outline.lines, outlineCut: outline.cut };
}

/** The parts the reader reads, kept in full when the page is too large for a whole outline. */
function readerParts(doc: Document, kind: PageKind): Element[] {
  const parts =
    kind === 'messages' || kind === 'workroom'
      ? [SEL.panel, SEL.viewport, SEL.roomTitle, SEL.roomSubtitle, SEL.viewContract, SEL.row]
      : [INVITE_SEL.section, INVITE_SEL.row, INVITE_SEL.link, INVITE_SEL.headings, INVITE_SEL.buttons];
  return parts.flatMap((sel) => layerElements(doc, sel));
}

/** The one file the user copies or downloads. */
export const reportFile = (report: PageReport) => `${JSON.stringify(report, null, 1)}\n`;
