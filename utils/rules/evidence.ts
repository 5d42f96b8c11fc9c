// What one read of the page says about the last message in a room: from its row in the room
// list, or from the open conversation, which is the better witness. Pure.
import type { LastMessage, OpenRoom, RoomRow, TimeRange } from '@/utils/model/types';

/** What one read says about the last message by a person in a room. */
export interface Evidence extends LastMessage {
  /** Where the unanswered client run began, and whether a freelancer message bounds it. */
  runStart?: { at: TimeRange; bounded: boolean };
  answeredUntil?: number;
}

/** Enough of the conversation's recent ids to recognise a stale read; Upwork mounts 10 to 30 messages. */
const MAX_BEFORE = 40;

export function rowEvidence(row: RoomRow, seenAt: number, stored: LastMessage | null): Evidence | null {
  // A row whose time cannot be read is unclear evidence: never an answer, and no start for a wait.
  if (!row.lastAt) return null;
  // A preview that changes while the row's time does not (a typing or delivery line, 2026-09) is no new
  // client message: one needs a time after the freelancer's last, or the conversation.
  if (row.lastBy === 'client' && stored?.by === 'freelancer' && row.lastAt.latest <= stored.at.latest) return null;
  return { by: row.lastBy, at: row.lastAt, seenAt, answeredUntil: row.answeredUntil };
}

/**
 * The last message by a person in the open room, when every mounted message after it is clear.
 * `answeredAt`: the user marked the client's message at this time "no reply needed"; it bounds a new run like a reply.
 */
export function conversationEvidence(open: OpenRoom, seenAt: number, answeredAt?: number): Evidence | null {
  const msgs = open.messages;
  let i = msgs.length - 1;
  while (i >= 0 && msgs[i].side === 'system') i--;
  const last = msgs[i];
  if (!last || (last.side !== 'client' && last.side !== 'freelancer') || !last.at) return null;
  const ids = { id: last.id, before: msgs.slice(Math.max(0, i - MAX_BEFORE), i).map((m) => m.id) };
  if (last.side === 'freelancer') return { by: 'freelancer', at: last.at, seenAt, ...ids };
  let start = last;
  let bounded = false;
  for (let j = i - 1; j >= 0; j--) {
    const m = msgs[j];
    if (m.side === 'freelancer' || (answeredAt !== undefined && m.at && m.at.latest <= answeredAt)) {
      bounded = true;
      break;
    }
    if (m.side === 'unknown') break;
    if (m.side === 'client' && m.at) start = m;
  }
  return { by: 'client', at: last.at, seenAt, ...ids, runStart: { at: start.at!, bounded } };
}
