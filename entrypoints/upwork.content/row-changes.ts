// What the page's mutations say changed since the last read: the rows (by element), whether the
// conversation did, and whether the room list or the conversation may have appeared.
// Invariant: the work per batch follows the mutation records, never the mounted rows.
import type { Observation } from '@/utils/model/types';
import { roomIdOf } from '@/utils/upwork/addresses';
import { readChanges } from '@/utils/upwork/read-page';
import { pick, SEL } from '@/utils/upwork/selectors';

export const ROW = SEL.row.join(', ');

/** Whether an added element is, or holds, the room list or the conversation (a search of its subtree only). */
const holdsTarget = (el: Element) =>
  [SEL.panel, ...SEL.viewport].some((sel) => el.matches(sel)) || !!el.querySelector(SEL.panel) || !!pick(el, SEL.viewport);

const rowsIn = (el: Element): Iterable<Element> => (el.matches(ROW) ? [el] : el.querySelectorAll(ROW));

export class RowChanges {
  /** Rows that mounted or changed since the last read. */
  readonly rows = new Set<Element>();
  /** The conversation changed (or must be read). */
  conversation = false;
  /** The room list or the conversation may have appeared: look for them at the next read. */
  reattach = false;

  /** `gone(row, id, remounted)`: a row unmounted; `remounted` when a new element for its room is mounted. */
  constructor(private readonly gone: (row: Element, id: string | null, remounted: boolean) => void) {}

  /** `viewport`: the watched conversation, if any; `both`: the room list and the conversation are both watched. */
  note(records: MutationRecord[], viewport: Element | undefined, both: boolean): void {
    let removals = false;
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const row = target?.closest(ROW);
      if (row) this.rows.add(row);
      if (!this.conversation && (!viewport || viewport.contains(r.target))) this.conversation = true;
      if (r.removedNodes.length) removals = true;
      // Inside a row an added node holds no other row (a link holds no link): no search.
      if (!row) for (const n of r.addedNodes) if (n instanceof Element) for (const el of rowsIn(n)) this.rows.add(el);
      if (!both) for (const n of r.addedNodes) if (n instanceof Element && holdsTarget(n)) this.reattach = true;
    }
    if (removals) this.forget(records);
  }

  /** After the additions: a row replaced by a new element for the same room stays watched. */
  private forget(records: MutationRecord[]): void {
    const remounted = new Set<string>();
    for (const row of this.rows) if (row.isConnected) remounted.add(roomIdOf(row.getAttribute('href')) ?? '');
    for (const r of records)
      for (const n of r.removedNodes) {
        if (!(n instanceof Element)) continue;
        for (const row of rowsIn(n)) {
          if (row.isConnected) continue;
          const id = roomIdOf(row.getAttribute('href'));
          this.gone(row, id, !!id && remounted.has(id));
        }
      }
  }

  /** Reads what changed (the rows still mounted, the conversation if it changed) and starts a new batch. */
  read(doc: Document, url: string, now: number, knownSelf: string | null): { rows: Element[]; obs: Observation | null } {
    const rows = [...this.rows].filter((r) => r.isConnected);
    const obs = readChanges(doc, url, rows, this.conversation, now, knownSelf);
    this.conversation = false;
    this.rows.clear();
    return { rows, obs };
  }

  clear(): void {
    this.rows.clear();
  }
}
