// One read of the Messages page: the mounted room rows, the open conversation,
// and whether the layout was recognised at all. Pure: document + url + now in.
// The mounted rows are any slice of the list (Upwork scrolls it to the
// last-opened room): a room that is not mounted is only out of sight.
import type { Observation, RoomRow } from '@/utils/model/types';
import { readConversation, type ConversationRead } from './read-conversation';
import { findRowElements, findRowFor, readRows } from './read-rooms';
import { inSidebar, listContainer, showsEmptyInbox } from './row-place';
import { isWorkroomMessages, roomIdOf } from './addresses';
import { pick, SEL } from './selectors';

/**
 * The open room: from the address, or on a workroom page (whose address names
 * the contract, not the room) from the one room its links point to.
 */
function openRoomId(doc: Document, url: string): string | null {
  const u = new URL(url);
  const fromUrl = roomIdOf(u.pathname) ?? (isWorkroomMessages(url) ? roomIdOf(u.search) : null);
  if (fromUrl || !isWorkroomMessages(url)) return fromUrl;
  // The 2026-08 sidebar's "Messages" item links to the last-opened room: navigation, not this page's room.
  const links = Array.from(doc.querySelectorAll(SEL.row.join(', '))).filter((a) => !inSidebar(a));
  const ids = new Set(links.map((a) => roomIdOf(a.getAttribute('href'))));
  return ids.size === 1 ? [...ids][0] : null;
}

function openConversation(
  doc: Document,
  url: string,
  now: number,
  knownSelf: string | null,
  rowSaysMine?: boolean,
): ConversationRead | null {
  const roomId = openRoomId(doc, url);
  return roomId ? readConversation(doc, roomId, now, knownSelf, rowSaysMine) : null;
}

/**
 * A contract's workroom shows one conversation and no room list. It is read
 * when its room is known; it always says "workroom" among what is missing, so
 * it is never taken for an empty inbox nor for a fresh read of the whole list.
 */
function readWorkroom(doc: Document, url: string, now: number, knownSelf: string | null): Observation {
  const conv = openConversation(doc, url, now, knownSelf);
  const missing = ['workroom'];
  if (!pick(doc, SEL.viewport)) missing.push('conversation');
  else if (!conv || !conv.open.messages.length) missing.push('messages');
  if (conv?.untimed) missing.push('time');
  const layout = conv?.open.messages.length ? 'ok' : 'unrecognised';
  return { seenAt: now, layout, missing, rows: [], open: conv?.open ?? null, selfName: conv?.selfName ?? null };
}

/**
 * The room list's verdict. `unseen`: neither the list nor a row is on the page (seen live twice
 * with a conversation open): the read is no read of the other rooms. `unread`: the list is there
 * but no row could be read with its time: not a read of the list either, and said so.
 */
function listVerdict(doc: Document, rowEls: Element[], rows: RoomRow[]): 'read' | 'empty' | 'unseen' | 'unread' {
  if (rows.some((r) => r.lastAt)) return 'read';
  if (showsEmptyInbox(doc)) return 'empty';
  return rowEls.length || listContainer(doc) ? 'unread' : 'unseen';
}

/** The room list's "You:" signal for the open room: a row without a time (a typing line) gives none. */
const youSignal = (row: RoomRow | undefined) => (row?.lastAt ? row.lastBy === 'freelancer' : undefined);

/** The room list as read: its row elements and what they said (readRows' counts). */
export interface ListRead {
  els: Element[];
  rows: RoomRow[];
  unreadable: number;
  untimed: number;
}

/** `given`: the rows already read (a read in slices, first-read.ts), else read now. */
export function readPage(doc: Document, url: string, now: number, knownSelf: string | null, given?: ListRead): Observation {
  if (isWorkroomMessages(url)) return readWorkroom(doc, url, now, knownSelf);
  // Rows are anchored on their links, which change least, inside the list (row-place.ts).
  const rowEls = given?.els ?? findRowElements(doc);
  const { rows, unreadable, untimed } = given ?? readRows(rowEls, now, true);
  const roomId = roomIdOf(new URL(url).pathname);
  const conv = roomId ? readConversation(doc, roomId, now, knownSelf, youSignal(rows.find((r) => r.roomId === roomId))) : null;
  const list = listVerdict(doc, rowEls, rows);

  // Codes, shown to the user through the message catalogue (missing_<code>).
  const missing: string[] = [];
  if (list === 'unseen' && conv) missing.push('room_list');
  else {
    if (!listContainer(doc)) missing.push('panel');
    if (!rowEls.length && list !== 'empty') missing.push('rows');
  }
  if (unreadable) missing.push('unreadable');
  if (roomId && !pick(doc, SEL.viewport)) missing.push('conversation');
  if (conv && conv.open.messages.length === 0) missing.push('messages');
  // A time text in a format we do not know is reported, never silently dropped.
  if (untimed || conv?.untimed) missing.push('time');

  let layout: Observation['layout'] = 'ok';
  if (list === 'empty' && !conv?.open.messages.length) layout = 'empty';
  // Never silently blind: a list on the page that gave no row is no read of the list, whatever the conversation says.
  else if (list === 'unread' || (list === 'unseen' && !conv?.open.messages.length)) layout = 'unrecognised';
  return { seenAt: now, layout, missing, rows, open: conv?.open ?? null, selfName: conv?.selfName ?? null };
}

/**
 * An incremental read: only the given rows (those that changed), and the open
 * conversation when it changed. null when nothing was read.
 */
export function readChanges(
  doc: Document,
  url: string,
  rowEls: Element[],
  conversationChanged: boolean,
  now: number,
  knownSelf: string | null,
): Observation | null {
  const workroom = isWorkroomMessages(url);
  // A workroom has no room list: a link to its room is not a row.
  const { rows, untimed } = workroom ? { rows: [], untimed: 0 } : readRows(rowEls, now);
  let conv = null;
  if (conversationChanged) {
    const roomId = openRoomId(doc, url);
    const openRow = roomId && !workroom ? findRowFor(doc, roomId) : null;
    const lastByMe = openRow ? youSignal(readRows([openRow], now).rows[0]) : undefined;
    conv = openConversation(doc, url, now, knownSelf, lastByMe);
  }
  if (!rows.length && !conv) return null;
  // A conversation read while the room list is not on the page is no read of the other rooms.
  const unseen = !workroom && !rows.length && !listContainer(doc) && !findRowElements(doc).length;
  const missing = [...(workroom ? ['workroom'] : []), ...(unseen ? ['room_list'] : []), ...(untimed || conv?.untimed ? ['time'] : [])];
  return { seenAt: now, layout: 'ok', missing, rows, open: conv?.open ?? null, selfName: conv?.selfName ?? null };
}
