// One read of the Messages page: the mounted room rows, the open conversation,
// and whether the layout was recognised at all. Pure: document + url + now in.
import type { Observation } from '@/utils/model/types';
import { readConversation } from './read-conversation';
import { findRowElements, findRowFor, readRows } from './read-rooms';
import { roomIdOf } from './addresses';
import { pick, SEL } from './selectors';

export function readPage(doc: Document, url: string, now: number, knownSelf: string | null): Observation {
  const panel = doc.querySelector(SEL.panel);
  // Rows are anchored on their links, which change least; look beyond the panel if it was renamed.
  const rowEls = findRowElements(panel ?? doc);
  const { rows, unreadable } = readRows(rowEls, now);
  const roomId = roomIdOf(new URL(url).pathname);
  const openRow = rows.find((r) => r.roomId === roomId);
  const conv = roomId ? readConversation(doc, roomId, now, knownSelf, openRow ? openRow.lastBy === 'freelancer' : undefined) : null;

  // Codes, shown to the user through the message catalogue (missing_<code>).
  const missing: string[] = [];
  if (!panel) missing.push('panel');
  if (!rowEls.length && !doc.querySelector(SEL.emptyState)) missing.push('rows');
  if (unreadable) missing.push('unreadable');
  if (roomId && !pick(doc, SEL.viewport)) missing.push('conversation');
  if (conv && conv.open.messages.length === 0) missing.push('messages');

  let layout: Observation['layout'] = 'ok';
  if (!rows.length && !conv?.open.messages.length) layout = doc.querySelector(SEL.emptyState) ? 'empty' : 'unrecognised';
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
  const { rows } = readRows(rowEls, now);
  const roomId = roomIdOf(new URL(url).pathname);
  let conv = null;
  if (roomId && conversationChanged) {
    const openRow = findRowFor(doc, roomId);
    const lastByMe = openRow ? readRows([openRow], now).rows[0]?.lastBy === 'freelancer' : undefined;
    conv = readConversation(doc, roomId, now, knownSelf, lastByMe);
  }
  if (!rows.length && !conv) return null;
  return { seenAt: now, layout: 'ok', missing: [], rows, open: conv?.open ?? null, selfName: conv?.selfName ?? null };
}
