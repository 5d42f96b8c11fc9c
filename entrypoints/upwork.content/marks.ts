// Marks the room rows that await a reply. Writes attributes on the row and
// nothing else: one stylesheet (marks.css) draws them, so Upwork's layout never
// moves. Invariant: a mark is a guest: it hides none of the row's text and changes
// no row's size or place (tests/e2e/mark-guest.spec.ts). Work follows what changed: a row that mounts or changes, a room whose
// state the worker changed, or a room whose label turns at a minute boundary;
// never every mounted row.
import { MINUTE } from '@/utils/model/time';
import type { WindowLengths } from '@/utils/model/types';
import type { MarkedRoom, ObservationAck } from '@/utils/protocol/messages';
import { markValue, standing, WINDOWS, type Standing } from '@/utils/rules/reply-windows';
import { markLabel, shortMark, startRange } from '@/utils/text/format';
import { roomIdOf } from '@/utils/upwork/addresses';

export const MARK = 'data-reply-window';
export const MARK_LABEL = 'data-reply-window-label';
/** Present on a snoozed room's mark: drawn muted. */
export const MARK_SNOOZED = 'data-reply-window-snoozed';
/** The short label the stylesheet draws ("14 m", "Missed"); MARK_LABEL keeps the full sentence. */
export const MARK_SHORT = 'data-reply-window-short';
/** Present while the state is undecided: drawn dashed. */
export const MARK_UNDECIDED = 'data-reply-window-undecided';
/** Present on a row that had no positioning of its own: only then does the stylesheet make it the label's anchor. */
export const MARK_ANCHOR = 'data-reply-window-anchor';
const ALL = [MARK, MARK_LABEL, MARK_SNOOZED, MARK_SHORT, MARK_UNDECIDED, MARK_ANCHOR];

/** Sets an attribute only when its value changes (each write would wake Upwork's observers). */
function put(row: Element, name: string, value: string): void {
  if (row.getAttribute(name) !== value) row.setAttribute(name, value);
}

/** The full sentence goes in the row's tooltip, unless Upwork gave the row a title of its own. */
function tooltip(row: Element, was: string | null, sentence: string | null): void {
  const title = row.getAttribute('title');
  if (title !== null && title !== was) return;
  if (sentence === null) row.removeAttribute('title');
  else if (title !== sentence) row.setAttribute('title', sentence);
}

/**
 * Whether a row about to be marked must be made the label's anchor: a row Upwork positions itself
 * (absolute, sticky: a virtualized list) already anchors it. A style read: a batch reads it for all
 * its rows before writing any mark, so the page's styles are recomputed once, not once per row.
 */
export const needsAnchor = (row: Element): boolean => !row.hasAttribute(MARK) && getComputedStyle(row).position === 'static';

/** Sets or clears one row's mark; touches the DOM only where something changed. `st`: the room's standing, when known. */
export function markRow(
  row: Element,
  room: MarkedRoom | undefined,
  lengths: WindowLengths,
  now: number,
  anchor?: boolean,
  st: Standing | undefined = room && standingOf(room, lengths, now),
): void {
  const was = row.getAttribute(MARK_LABEL);
  if (!room || !st) {
    if (row.hasAttribute(MARK)) {
      tooltip(row, was, null);
      for (const a of ALL) row.removeAttribute(a);
    }
    return;
  }
  // The user's window lengths, as on the badge and in the popup; agreed terms replace them for that room.
  const { status, undecided } = st;
  const snoozed = room.snoozedUntil !== null && room.snoozedUntil > now;
  const latest = room.waitingSinceLatest ?? room.waitingSince;
  const wait = { range: startRange(room.exact, room.waitingSince, latest), undecidedUntil: undecided?.latestDeadline ?? null };
  const label = markLabel(status, now, lengths, room.exact, snoozed, wait);
  if (anchor ?? needsAnchor(row)) row.setAttribute(MARK_ANCHOR, '');
  put(row, MARK, markValue(status, undecided));
  put(row, MARK_LABEL, label);
  put(row, MARK_SHORT, shortMark(status, now, undecided));
  tooltip(row, was, label);
  if (snoozed !== row.hasAttribute(MARK_SNOOZED)) row.toggleAttribute(MARK_SNOOZED, snoozed);
  if (!!undecided !== row.hasAttribute(MARK_UNDECIDED)) row.toggleAttribute(MARK_UNDECIDED, !!undecided);
}

/** Where the room stands, by the same rule as the popup and the badge (reply-windows' standing). */
const standingOf = (room: MarkedRoom, lengths: WindowLengths, now: number): Standing =>
  standing(room.waitingSince, room.waitingSinceLatest ?? room.waitingSince, room.contract, now, lengths, room.terms);

/** When a room's label next changes: its texts count whole minutes from its deadline, and it turns when either end of its range does. */
function nextTurn(room: MarkedRoom, { status }: Standing, now: number): number {
  const deadline = status.deadline;
  const toBoundary = (((deadline - now) % MINUTE) + MINUTE) % MINUTE;
  const snoozeEnd = room.snoozedUntil !== null && room.snoozedUntil > now ? room.snoozedUntil : Infinity;
  return Math.min(now + (toBoundary || MINUTE), snoozeEnd);
}

/** The rooms the worker says await, the mounted rows by room id, and their marks. */
export class PageMarks {
  private rooms = new Map<string, MarkedRoom>();
  private lengths: WindowLengths = WINDOWS;
  /** Mounted rows by room id (kept by the watcher as rows mount and unmount). */
  private rows = new Map<string, Element>();
  /** When each mounted awaiting room's label next changes. */
  private due = new Map<string, number>();
  /** The version of `rooms` (from the worker), sent back with each observation. */
  version: string | undefined;

  /** `onDue(at)`: some label turns at `at`; call turn() then. */
  constructor(private readonly onDue: (at: number) => void = () => undefined) {}

  /** Rows mounted or changed: mark them from what is known. */
  track(rows: Iterable<Element>, now: number): void {
    const ids: string[] = [];
    for (const row of rows) {
      const id = roomIdOf(row.getAttribute('href'));
      if (!id) continue;
      this.rows.set(id, row);
      ids.push(id);
    }
    this.markAll(ids, now);
  }

  /** A row unmounted (if it is still the one we know for its room). */
  untrack(row: Element): void {
    const id = roomIdOf(row.getAttribute('href'));
    if (id && this.rows.get(id) === row) {
      this.rows.delete(id);
      this.due.delete(id);
    }
  }

  /** Applies an acknowledgement; marks only the rooms it changes (all marked ones if the lengths changed). */
  apply(ack: ObservationAck, now: number): void {
    const lengthsChanged = !sameLengths(ack.lengths, this.lengths);
    this.lengths = ack.lengths;
    const touched = new Set<string>();
    const before = this.rooms;
    if (ack.full) this.rooms = new Map();
    if (ack.full || lengthsChanged) for (const id of before.keys()) touched.add(id);
    for (const id of ack.cleared) if (this.rooms.delete(id)) touched.add(id);
    for (const r of ack.awaiting) {
      // A full answer repeats the rooms that did not change: their marks stand (the lengths did not change either).
      const old = before.get(r.roomId);
      if (!lengthsChanged && old && sameRoom(old, r)) touched.delete(r.roomId);
      else touched.add(r.roomId);
      this.rooms.set(r.roomId, r);
    }
    this.version = ack.version;
    this.markAll(touched, now);
  }

  /** Relabels the rooms whose label turned by now; returns when the next one turns (or null). */
  turn(now: number): number | null {
    let next: number | null = null;
    const turned: string[] = [];
    for (const [id, at] of this.due) {
      if (at <= now) turned.push(id);
      else if (next === null || at < next) next = at;
    }
    this.markAll(turned, now);
    for (const id of turned) {
      const at = this.due.get(id);
      if (at !== undefined && (next === null || at < next)) next = at;
    }
    return next;
  }

  /** Marks rooms' rows: every style read (needsAnchor) before any write. */
  private markAll(ids: Iterable<string>, now: number): void {
    const anchors = new Map<string, boolean>();
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row && this.rooms.has(id)) anchors.set(id, needsAnchor(row));
    }
    for (const id of ids) this.mark(id, now, anchors.get(id) ?? false);
  }

  private mark(id: string, now: number, anchor: boolean): void {
    const row = this.rows.get(id);
    if (!row) return;
    const room = this.rooms.get(id);
    const st = room && standingOf(room, this.lengths, now);
    markRow(row, room, this.lengths, now, anchor, st);
    if (!room || !st) {
      this.due.delete(id);
      return;
    }
    const at = nextTurn(room, st, now);
    this.due.set(id, at);
    this.onDue(at);
  }
}

const sameLengths = (a: WindowLengths, b: WindowLengths) =>
  Object.keys(a).length === Object.keys(b).length && (Object.keys(a) as (keyof WindowLengths)[]).every((k) => a[k] === b[k]);

/** The same mark: every field a label is made of (terms are compared as the worker sends them). */
const sameRoom = (a: MarkedRoom, b: MarkedRoom) =>
  a.waitingSince === b.waitingSince &&
  (a.waitingSinceLatest ?? null) === (b.waitingSinceLatest ?? null) &&
  a.exact === b.exact &&
  a.contract === b.contract &&
  a.snoozedUntil === b.snoozedUntil &&
  JSON.stringify(a.terms ?? null) === JSON.stringify(b.terms ?? null);
