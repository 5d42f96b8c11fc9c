// Marks the room rows that await a reply. Writes two attributes per row and
// nothing else: one stylesheet (marks.css) draws them, so Upwork's layout never moves.
import type { MarkedRoom } from '../messages';
import { replyStatus } from '../reply-windows';
import { markLabel } from '../format';
import { roomIdOf } from './read-rooms';

export const MARK = 'data-reply-window';
export const MARK_LABEL = 'data-reply-window-label';

/** Sets or clears the mark on each row; touches the DOM only where something changed. */
export function applyMarks(rows: Iterable<Element>, awaiting: ReadonlyMap<string, MarkedRoom>, now: number): void {
  for (const row of rows) {
    const id = roomIdOf(row.getAttribute('href'));
    const room = id ? awaiting.get(id) : undefined;
    if (!room) {
      if (row.hasAttribute(MARK)) {
        row.removeAttribute(MARK);
        row.removeAttribute(MARK_LABEL);
      }
      continue;
    }
    const { state } = replyStatus(room.waitingSince, room.contract, now);
    const label = markLabel(state, room.waitingSince, now);
    if (row.getAttribute(MARK) !== state) row.setAttribute(MARK, state);
    if (row.getAttribute(MARK_LABEL) !== label) row.setAttribute(MARK_LABEL, label);
  }
}
