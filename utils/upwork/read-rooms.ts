// Reads the room list: one RoomRow per mounted row. Pure: element + now in, data out.
import type { RoomRow } from '@/utils/model/types';
import { isRoomId, roomIdOf } from './addresses';
import { displayName } from './names';
import { OWN_PREVIEW, pick, SEL, text } from './selectors';
import { isRoomRow } from './row-place';
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
  // "Client Name, Company" (2026-07..09): a company is no name variant; the name is what comes before it.
  const title = query ? (new URLSearchParams(query).get('pageTitle') ?? '') : '';
  return title.split(',')[0].trim();
}

/**
 * A typing indicator or a delivery status standing in the preview for a while (2026-09, one
 * source): it says nothing of who wrote last. A message's own text is longer than these words.
 */
const TRANSIENT = /^(?:[\p{L} .'-]{1,40} is )?typing\b.{0,3}$|^(?:delivered|read|sent|seen)\b.{0,12}$/iu;

interface ReadRow {
  row: RoomRow;
  /** The time text was there and could not be read. */
  untimed: boolean;
}

/**
 * null when the row's markup is not understood. A passing preview line (typing, delivery)
 * gives the row no time: it is no evidence of who wrote last, never a new client message.
 */
function readOne(row: Element, now: number): ReadRow | null {
  const roomId = roomIdOf(row.getAttribute('href'));
  const preview = pick(row, SEL.rowPreview);
  if (!roomId || !preview) return null;
  const title = text(pick(row, SEL.rowTitle));
  const said = text(preview);
  const lastAt = listTimeAt(text(pick(row, SEL.rowTime)), now);
  const out: RoomRow = {
    roomId,
    name: cut(rowName(row)),
    title: DATE_ONLY.test(title) ? '' : cut(title),
    lastBy: OWN_PREVIEW.test(said) ? 'freelancer' : 'client',
    lastAt: TRANSIENT.test(said) ? null : lastAt,
  };
  return { row: out, untimed: !lastAt };
}

/** null when the row does not say who wrote last: unclear evidence is not an answer. */
export const readRow = (row: Element, now: number): RoomRow | null => readOne(row, now)?.row ?? null;

export { findRowElements } from './row-place';

/**
 * The mounted row of one room, if any. The browser narrows the rows to links
 * that contain the id (a room id is only letters, digits, "_" and "-", so it is
 * safe in a selector): a conversation read on a 500-row list costs no loop of ours.
 */
export function findRowFor(root: ParentNode, roomId: string): Element | null {
  if (!isRoomId(roomId)) return null;
  for (const layer of SEL.row) {
    for (const el of root.querySelectorAll(`${layer}[href*="${roomId}"]`))
      if (roomIdOf(el.getAttribute('href')) === roomId && isRoomRow(el)) return el;
  }
  return null;
}

/**
 * Reads the given rows. `unreadable` counts rows whose markup was not
 * understood; `untimed`, rows whose time text could not be read (reported,
 * never silently dropped: the page may have a time format we do not know).
 */
export function readRows(
  rows: Iterable<Element>,
  now: number,
  /** The rows came from findRowElements, which already left out what is no row. */
  placed = false,
): { rows: RoomRow[]; unreadable: number; untimed: number } {
  const out: RoomRow[] = [];
  let unreadable = 0;
  let untimed = 0;
  for (const el of rows) {
    // A link outside the list (the 2026-08 sidebar's "Messages", a filter tab) is no row, not an unreadable one.
    if (!placed && !isRoomRow(el)) continue;
    const read = readOne(el, now);
    if (read) out.push(read.row);
    else unreadable++;
    if (read?.untimed) untimed++;
  }
  return { rows: out, unreadable, untimed };
}
