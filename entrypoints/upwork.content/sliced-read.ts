// A long room list's full read, a few rows per idle slice (idle-slices.ts), so
// the first read of 500 rows is no long task. The rows are read as readRows
// reads them; the caller turns them into one observation.
import { readRow, type RowsRead } from '@/utils/upwork/read-rooms';
import type { RoomRow } from '@/utils/model/types';
import { inSlices, type Later } from './idle-slices';

export type SlicedRead = RowsRead & { mounted: number };

/**
 * Reads `rowEls` in slices; `onRow` after each row read. `done` gets the read,
 * or null when a row could not be read (the caller reads everything again).
 */
export function readRowsInSlices(
  rowEls: readonly Element[],
  now: number,
  later: Later,
  onRow: (el: Element) => void,
  done: (read: SlicedRead | null) => void,
): void {
  const rows: RoomRow[] = [];
  let unreadable = 0;
  let mounted = 0;
  let i = 0;
  let failed = false;
  const step = () => {
    const el = rowEls[i++];
    // A row gone since is not read: its replacement was seen by the watcher and is read next.
    if (el.isConnected) {
      mounted++;
      const row = readRow(el, now);
      if (row) rows.push(row);
      else unreadable++;
      onRow(el);
    }
    return i < rowEls.length;
  };
  const guarded = () => {
    try {
      return step();
    } catch (err) {
      // A page we do not understand must never break Upwork.
      console.warn('Reply Window: could not read the page', err);
      failed = true;
      return false;
    }
  };
  inSlices(guarded, later, () => done(failed ? null : { rows, unreadable, untimed: rows.filter((r) => !r.lastAt).length, mounted }));
}
