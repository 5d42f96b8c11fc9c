// Who wrote each message of the open conversation, from the run of headers,
// the room's name, the freelancer's name and the room list's "You:" signal.
// The invariants are stated at the top of read-conversation.ts.
import type { Side } from '@/utils/model/types';
import { matchesName } from './names';

export interface Authored {
  author: string | null;
  header: boolean;
  kind: 'person' | 'system' | 'deleted';
}

/** Two sources allow the freelancer's own messages to be authored "You" (2026). */
export const isYou = (author: string | null): boolean => !!author && /^\s*you\s*$/i.test(author);

/** A header-less message continues the run of the author above it; a system note breaks the run. */
export function runAuthors(raws: Authored[]): (string | null)[] {
  let run: string | null = null;
  return raws.map((r) => {
    if (r.kind === 'system') return (run = null);
    if (r.header) run = r.author;
    return run;
  });
}

/** The side of an author, given the room's name and the freelancer's; unclear is 'unknown', never an answer. */
export function sideOf(author: string | null, roomName: string, selfName: string | null): Side {
  if (!author) return 'unknown';
  if (isYou(author)) return 'freelancer';
  const isSelf = !!selfName && matchesName(author, selfName);
  const isRoom = matchesName(author, roomName);
  // "Alex R." could be the freelancer Alex Rivera or a client Alex Ross.
  if (isSelf && isRoom) return 'unknown';
  if (isSelf) return 'freelancer';
  if (isRoom || selfName) return 'client';
  return 'unknown';
}

/**
 * The header-less messages at the newest end are weak evidence of who wrote
 * last (one live capture saw the other side's reply without a header): they
 * keep the run's side only where the room list's row says the same; where the
 * row says otherwise, or no row says anything, their side is unknown.
 */
export function weakNewestEnd(raws: Authored[], sides: Side[], lastByFreelancer: boolean | undefined): Side[] {
  const out = [...sides];
  const rowSide: Side | null = lastByFreelancer === undefined ? null : lastByFreelancer ? 'freelancer' : 'client';
  for (let i = raws.length - 1; i >= 0; i--) {
    const r = raws[i];
    if (r.kind !== 'person') continue;
    if (r.header) break;
    if (out[i] !== rowSide) out[i] = 'unknown';
  }
  return out;
}
