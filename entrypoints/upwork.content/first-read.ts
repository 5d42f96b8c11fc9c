// The whole read of the Messages page; a long room list is read in slices of rows, so that no task of
// ours is long (issue 22).
// Invariant: only the last slice is a read of the whole list; each earlier one says PARTIAL_READ, so the
// worker merges its rows as it does a change's and never takes it for a fresh view of every room.
// The watcher cancels it on every event that invalidates what it read (hidden, offline, a restart),
// and it gives up when the list it reads is no longer the page's.
import type { Observation } from '@/utils/model/types';
import { PARTIAL_READ } from '@/utils/rules/page-status';
import { isWorkroomMessages } from '@/utils/upwork/addresses';
import { readPage, type ListRead } from '@/utils/upwork/read-page';
import { findRowElements, readRows } from '@/utils/upwork/read-rooms';
import { listContainer } from '@/utils/upwork/row-place';

/** Rows per slice: a list of up to this many is read at once. 100 rows take a few ms at 1x. */
export const SLICE_ROWS = 100;

interface Slice {
  obs: Observation;
  /** The row elements this slice read. */
  els: Element[];
  done: boolean;
}

class SlicedRead {
  private next = 0;
  private readonly list: ListRead;
  private readonly container: Element | null;

  /** `since`: the first page change before the read began (for the rows' answered history). */
  constructor(
    private readonly doc: Document,
    els: Element[],
    readonly since: number,
  ) {
    this.list = { els, rows: [], unreadable: 0, untimed: 0 };
    this.container = listContainer(doc);
  }

  /** The list it reads is still the page's: a list mounted anew is read whole again (so is a workroom page, by the watcher). */
  get valid(): boolean {
    return !!this.container?.isConnected && listContainer(this.doc) === this.container;
  }

  get first(): boolean {
    return this.next === 0;
  }

  /** Reads the next slice; the last one gives the whole page's verdict (layout, missing, conversation). */
  step(url: string, now: number, knownSelf: string | null): Slice {
    // A row replaced meanwhile is read through the change that replaced it.
    const els = this.list.els.slice(this.next, this.next + SLICE_ROWS).filter((el) => el.isConnected);
    this.next += SLICE_ROWS;
    const part = readRows(els, now, true);
    this.list.rows.push(...part.rows);
    this.list.unreadable += part.unreadable;
    this.list.untimed += part.untimed;
    if (this.next < this.list.els.length) {
      const missing = [PARTIAL_READ, ...(part.unreadable ? ['unreadable'] : []), ...(part.untimed ? ['time'] : [])];
      return { obs: { seenAt: now, layout: 'ok', missing, rows: part.rows, open: null, selfName: null }, els, done: false };
    }
    const whole = readPage(this.doc, url, now, knownSelf, this.list);
    // The earlier slices' rows were sent with their own read times.
    return { obs: { ...whole, rows: part.rows }, els, done: true };
  }
}

/** What the whole read needs of the watcher. */
export interface ReadHost {
  readonly doc: Document;
  selfName(): string | null;
  /** The page can be read now: visible, online, a Messages page. */
  watchable(): boolean;
  later(fn: () => void, ms: number): void;
  /** Rows just read: marked from what is known, before the worker answers. */
  track(els: Element[], now: number): void;
  /** Notes the rows' answered history against `since`, and sends. */
  deliver(obs: Observation, since: number): void;
  /** The whole read is over; `again`: the page was not understood, read it whole next time. */
  done(again: boolean): void;
  /** A debounced read (again) soon. */
  schedule(): void;
  failed(err: unknown): void;
}

export class WholeRead {
  private slices: SlicedRead | null = null;
  /** Until then the app may still be rendering: no read says the layout is not recognised. */
  layoutDeadline = 0;

  constructor(private readonly host: ReadHost) {}

  /** A read in slices is under way. */
  get busy(): boolean {
    return this.slices !== null;
  }

  /** What it read so far was invalidated (hidden, offline, a restart): it stops. */
  cancel(): void {
    this.slices = null;
  }

  /** `since`: the first page change since the read before. `sliced`: a long list may be read in slices. */
  start(now: number, since: number, sliced = true): void {
    const { host } = this;
    const els = findRowElements(host.doc);
    // A workroom has no list.
    if (sliced && els.length > SLICE_ROWS && !isWorkroomMessages(location.href))
      return this.next((this.slices = new SlicedRead(host.doc, els, since)));
    const obs = readPage(host.doc, location.href, now, host.selfName());
    host.track(els, now);
    if (obs.layout === 'unrecognised' && now < this.layoutDeadline) return host.later(() => host.schedule(), 1_000);
    // A page not understood is read whole again next time: an incremental read would not see that it still is not.
    host.done(obs.layout === 'unrecognised');
    host.deliver(obs, since);
  }

  private next(s: SlicedRead): void {
    const { host } = this;
    if (this.slices !== s) return;
    // Cancelled: a watchable Messages page starts the whole read again.
    if (!host.watchable() || !s.valid || isWorkroomMessages(location.href)) return void ((this.slices = null), host.schedule());
    try {
      const now = Date.now();
      const first = s.first;
      const slice = s.step(location.href, now, host.selfName());
      // Rows that give no time are no list we know: the whole read at once says so.
      if (first && !slice.obs.rows.some((r) => r.lastAt)) {
        this.slices = null;
        return this.start(now, s.since, false);
      }
      host.track(slice.els, now);
      if (slice.done) this.slices = null;
      else host.later(() => this.next(s), 0);
      host.deliver(slice.obs, s.since);
      if (slice.done) host.done(slice.obs.layout === 'unrecognised');
    } catch (err) {
      this.slices = null;
      host.failed(err);
    }
  }
}
