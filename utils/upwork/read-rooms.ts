// Reads the room list: one RoomRow per mounted row. Pure: element + now in, data out.
import type { RoomRow } from '@/utils/model/types';
import { isRoomId, roomIdOf } from './addresses';
import { displayName } from './names';
import { OWN_PREVIEW, pick, pickAll, SEL, text } from './selectors';
import { listTimeAt } from './list-times';

/** Names and titles are shown, never parsed; a hostile 100 kB name is cut, not trusted. */
export const MAX_TEXT = 300;
const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** A subtitle that is only a date ("Sep 22, 2026", "9/22/26") is not a job title. */
const DATE_ONLY = /^(?:[A-Za-z]{3,9}\.? \d{1,2}, \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/**
 * The other party's name from the row (its fullest variant), or, as a last
 * resort, the link's `pageTitle` query, which holds the first name only: it is
 * shown, never matched against authors.
 */
function rowName(row: Element): string {
  const name = displayName(text(pick(row, SEL.rowName)));
  if (name) return name;
  const query = row.getAttribute('href')?.split('?')[1];
  return query ? (new URLSearchParams(query).get('pageTitle') ?? '') : '';
}

/** null when the row does not say who wrote last: unclear evidence is not an answer. */
export function readRow(row: Element, now: number): RoomRow | null {
  const roomId = roomIdOf(row.getAttribute('href'));
  const preview = pick(row, SEL.rowPreview);
  if (!roomId || !preview) return null;
  const title = text(pick(row, SEL.rowTitle));
  return {
    roomId,
    name: cut(rowName(row)),
    title: DATE_ONLY.test(title) ? '' : cut(title),
    lastBy: OWN_PREVIEW.test(text(preview)) ? 'freelancer' : 'client',
    lastAt: listTimeAt(text(pick(row, SEL.rowTime)), now),
  };
}

export const findRowElements = (root: ParentNode) => pickAll(root, SEL.row);

/**
 * The mounted row of one room, if any. The browser narrows the rows to links
 * that contain the id (a room id is only letters, digits, "_" and "-", so it is
 * safe in a selector): a conversation read on a 500-row list costs no loop of ours.
 */
export function findRowFor(root: ParentNode, roomId: string): Element | null {
  if (!isRoomId(roomId)) return null;
  for (const layer of SEL.row) {
    for (const el of root.querySelectorAll(`${layer}[href*="${roomId}"]`)) if (roomIdOf(el.getAttribute('href')) === roomId) return el;
  }
  return null;
}

/**
 * Reads the given rows. `unreadable` counts rows whose markup was not
 * understood; `untimed`, rows whose time text could not be read (reported,
 * never silently dropped: the page may have a time format we do not know).
 */
export function readRows(rows: Iterable<Element>, now: number): { rows: RoomRow[]; unreadable: number; untimed: number } {
  const out: RoomRow[] = [];
  let unreadable = 0;
  for (const el of rows) {
    const row = readRow(el, now);
    if (row) out.push(row);
    else unreadable++;
  }
  return { rows: out, unreadable, untimed: out.filter((r) => !r.lastAt).length };
}
