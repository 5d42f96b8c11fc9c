// Marks the room rows that await a reply. Writes two attributes per row and
// nothing else: one stylesheet (marks.css) draws them, so Upwork's layout never moves.
import type { WindowLengths } from '@/utils/model/types';
import type { MarkedRoom } from '@/utils/protocol/messages';
import { replyStatus } from '@/utils/rules/reply-windows';
import { markLabel } from '@/utils/text/format';
import { roomIdOf } from '@/utils/upwork/addresses';

export const MARK = 'data-reply-window';
export const MARK_LABEL = 'data-reply-window-label';

/** Sets or clears the mark on each row; touches the DOM only where something changed. */
export function applyMarks(rows: Iterable<Element>, awaiting: ReadonlyMap<string, MarkedRoom>, lengths: WindowLengths, now: number): void {
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
    // The user's window lengths, as on the badge and in the popup.
    const { state } = replyStatus(room.waitingSince, room.contract, now, lengths, room.terms);
    const label = markLabel(state, room.waitingSince, now);
    if (row.getAttribute(MARK) !== state) row.setAttribute(MARK, state);
    if (row.getAttribute(MARK_LABEL) !== label) row.setAttribute(MARK_LABEL, label);
  }
}
