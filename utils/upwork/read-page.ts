// One read of the Messages page: the mounted room rows, the open conversation,
// and whether the layout was recognised at all. Pure: document + url + now in.
import type { Observation } from '../types';
import { readConversation } from './read-conversation';
import { findRowElements, readRows, roomIdOf } from './read-rooms';
import { MESSAGES_PATH, pick, SEL } from './selectors';

export const isMessagesPage = (url: string) => {
  const u = new URL(url);
  return u.hostname === 'www.upwork.com' && MESSAGES_PATH.test(u.pathname);
};

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
