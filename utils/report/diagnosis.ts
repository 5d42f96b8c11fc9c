// What the reader found and missed on the page, told without a name, a text or an id:
// counts, verdicts, and the shapes of the time texts it could not read.
import { readInvitationsPage } from '@/utils/upwork/read-invitations';
import { readPage } from '@/utils/upwork/read-page';
import { INVITE_SEL } from '@/utils/upwork/invitation-selectors';
import { pick, SEL, text } from '@/utils/upwork/selectors';
import { parseInvitationTime } from '@/utils/upwork/invitation-time';
import { parseClock, parseDayDivider, parseListTime, parseTitleTime } from '@/utils/upwork/time-text';
import { splitZone } from '@/utils/upwork/time-zones';
import { invitationLayers, layerElements, messagesLayers } from './layers';
import { shapeText } from './shape';

export type PageKind = 'messages' | 'workroom' | 'proposals' | 'invitation';

export interface Diagnosis {
  verdict: string;
  missing: string[];
  found: Record<string, number | string>;
  times: { parsed: number; notParsed: { where: string; shape: string; count: number }[] };
  /** Each part of the reader's selector table: which layer matched, and how many it found. */
  layers: Record<string, string>;
}

/**
 * The element's text as the reader reads it (text-parts.ts: part by part, one space between, hidden parts
 * left out), shaped: "Received Aug 22, 2026", never the glued "ReceivedAug 22, 2026" the reader never sees.
 */
const partsShape = (el: Element): string => shapeText(text(el), 80);

/** Distinct unread time shapes kept: enough to see a format, never enough to grow the report past its bound. */
const MAX_SHAPES = 40;

class TimeTally {
  parsed = 0;
  private readonly failed = new Map<string, { where: string; shape: string; count: number }>();
  add(where: string, ok: boolean, el: Element | null, shape?: string): void {
    if (ok) return void this.parsed++;
    const s = shape ?? (el ? partsShape(el) : '');
    const key = `${where}\u0000${s}`;
    if (!this.failed.has(key) && this.failed.size >= MAX_SHAPES) return;
    const seen = this.failed.get(key) ?? { where, shape: s, count: 0 };
    seen.count++;
    this.failed.set(key, seen);
  }
  get result() {
    return { parsed: this.parsed, notParsed: [...this.failed.values()] };
  }
}

/** The order the reader put the open conversation in, told by its message ids against their place in the page. */
function storyOrder(doc: Document, ids: string[]): string {
  if (ids.length < 2) return 'one message or none';
  const place = new Map(layerElements(doc, SEL.story).map((s, i) => [s.id, i]));
  const at = ids.map((id) => place.get(id) ?? -1);
  if (at.every((p, i) => i === 0 || p > at[i - 1])) return 'oldest first';
  if (at.every((p, i) => i === 0 || p < at[i - 1])) return 'newest first';
  return 'mixed';
}

export function diagnoseMessages(doc: Document, url: string, now: number): Diagnosis {
  const obs = readPage(doc, url, now, null);
  const times = new TimeTally();
  for (const row of layerElements(doc.querySelector(SEL.panel) ?? doc, SEL.row)) {
    const el = pick(row, SEL.rowTime);
    if (el) times.add('room list', !!parseListTime(text(el), now), el);
  }
  for (const story of layerElements(doc, SEL.story)) {
    const stamp = story.querySelector(SEL.storyTime);
    const title = stamp?.getAttribute('title');
    if (title) times.add('message title', !!parseTitleTime(title), null, shapeText(title, 80));
    if (stamp && text(stamp)) times.add('message clock', !!parseClock(splitZone(text(stamp)).clock), stamp);
    const divider = story.querySelector(SEL.dayDivider);
    if (divider && text(divider)) times.add('day divider', !!parseDayDivider(text(divider), now), divider);
  }
  const sides = (obs.open?.messages ?? []).reduce<Record<string, number>>(
    (n, m) => ((n[`messages by ${m.side}`] = (n[`messages by ${m.side}`] ?? 0) + 1), n),
    {},
  );
  const found: Diagnosis['found'] = {
    rows: obs.rows.length,
    'rows last written by you': obs.rows.filter((r) => r.lastBy === 'freelancer').length,
    'rows last written by the client': obs.rows.filter((r) => r.lastBy === 'client').length,
    'rows with a time': obs.rows.filter((r) => r.lastAt).length,
    'rows with a job title': obs.rows.filter((r) => r.title).length,
    'open conversation': obs.open ? 'read' : 'none',
  };
  if (obs.open) {
    Object.assign(found, {
      messages: obs.open.messages.length,
      ...sides,
      'messages with a time': obs.open.messages.filter((m) => m.at).length,
    });
    Object.assign(found, {
      order: storyOrder(
        doc,
        obs.open.messages.map((m) => m.id),
      ),
      contract: obs.open.contract,
      'header name': obs.open.name ? 'read' : 'none',
    });
    found['your name learned here'] = obs.selfName ? 'yes' : 'no';
  }
  return { verdict: obs.layout, missing: obs.missing, found, times: times.result, layers: messagesLayers(doc) };
}

export function diagnoseInvitations(doc: Document, pathname: string, now: number): Diagnosis {
  const obs = readInvitationsPage(doc, pathname, now);
  const times = new TimeTally();
  for (const row of layerElements(doc, INVITE_SEL.row)) {
    const el = pick(row, INVITE_SEL.time);
    if (el)
      times.add(
        'invitation',
        (() => {
          const t = parseInvitationTime(text(el), now);
          return t !== null && t !== 'future';
        })(),
        el,
      );
  }
  const found: Diagnosis['found'] = { page: obs.page, invitations: obs.invitations.length };
  if (obs.answered) found.answered = obs.answered.how;
  return { verdict: obs.layout, missing: obs.missing, found, times: times.result, layers: invitationLayers(doc) };
}
