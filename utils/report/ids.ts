// Ids and addresses in a page report. Invariant: no id of the page reaches the report;
// each is replaced by its kind and a number (room_…1, story_…2), the same number for
// the same id, so a maintainer sees which links point to the same room without knowing it.
import { INVITATION_PATH, MESSAGES_PATH, PROPOSALS_PATH, UPWORK_ORIGIN, WORKROOM_MESSAGES_PATH } from '@/utils/upwork/addresses';
import { SEL } from '@/utils/upwork/selectors';
import { shapeText } from './shape';

/** Long runs of hex or digits are ids wherever they appear (room_<hex>, story_<hex>, a UUID, 19 digits). */
const ID_RUN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9a-f]*\d)[0-9a-f]{8,}|\d{4,}/gi;

export class Pseudonyms {
  private readonly seen = new Map<string, number>();
  /** "000…a1" -> "…1" (hex), "38812345" -> "…d2" (digits), a UUID -> "…u3": the same id, the same number. */
  of(id: string): string {
    const key = id.toLowerCase();
    if (!this.seen.has(key)) this.seen.set(key, this.seen.size + 1);
    const kind = /^\d+$/.test(id) ? 'd' : id.includes('-') ? 'u' : '';
    return `…${kind}${this.seen.get(key)}`;
  }
  reset(): void {
    this.seen.clear();
  }
  /** Every id-like run of `s` replaced by its pseudonym. */
  scrub(s: string): string {
    return s.replace(ID_RUN, (m) => this.of(m));
  }
}

/**
 * The path words of the addresses the reader reads ("ab", "messages", "rooms", "uid", "att"), taken from
 * its own patterns: kept. Any other segment is shaped: a slug may be a job title or a name ("find-work" too).
 */
const READER_PATHS = [
  ...[MESSAGES_PATH, WORKROOM_MESSAGES_PATH, PROPOSALS_PATH, INVITATION_PATH].map((p) => p.source),
  ...[...SEL.attachment.matchAll(/href\*="([^"]+)"/g)].map((m) => m[1]),
];
const READER_SEGMENTS = new Set(READER_PATHS.flatMap((p) => p.match(/(?<![\\a-z])[a-z]{2,}/g) ?? []));

/**
 * An address as its shape: Upwork's own paths with each id replaced ("/ab/messages/rooms/room_…1"),
 * never its query or fragment (they hold names: `pageTitle=James`). Another site is only "external".
 */
export function hrefShape(href: string, ids: Pseudonyms): string {
  let u: URL;
  try {
    u = new URL(href, UPWORK_ORIGIN);
  } catch {
    return 'invalid';
  }
  if (u.origin !== UPWORK_ORIGIN) return u.protocol === 'https:' || u.protocol === 'http:' ? 'external' : `${u.protocol}…`;
  const segments = u.pathname.split('/').map((seg) => {
    const scrubbed = ids.scrub(decodeURIComponentSafe(seg));
    return READER_SEGMENTS.has(scrubbed) || /^[a-z]*_?…[du]?\d+$/.test(scrubbed) ? scrubbed : shapeText(scrubbed, 40);
  });
  return segments.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
