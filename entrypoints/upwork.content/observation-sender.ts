// Sends observations to the worker one at a time, in order, and sends again
// whatever was not acknowledged (the worker may be restarting). Merging is
// idempotent, so a repeat is harmless; a loss would not be.
// Invariant: a change of who wrote last is an event that is never merged away (nor dropped on overflow);
// only a newer state of the same side replaces a queued one.
import type { ObservationAck } from '@/utils/protocol/messages';
import type { Observation, OpenRoom, RoomRow } from '@/utils/model/types';

/** Queued observations, not counting the one in flight. */
const MAX_PENDING = 100;
const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

/** Who wrote last, as a row says it (a row without a time is evidence of nothing, a side of its own). */
const rowSide = (r: RoomRow) => (r.lastAt ? r.lastBy : `${r.lastBy}?`);
/** Who wrote last, as the open conversation says it. */
/** An observation with no row and no conversation: it tells only the page's status. */
const isBare = (o: Observation) => !o.rows.length && !o.open;
const none = () => false;
const openSide = (o: OpenRoom) => [...o.messages].reverse().find((m) => m.side === 'client' || m.side === 'freelancer')?.side ?? 'none';

export class ObservationSender {
  /** Sent and not yet acknowledged: nothing but its own acknowledgement removes it. */
  private inFlight: Observation | null = null;
  /** Waiting to be sent, oldest first. */
  private pending: Observation[] = [];
  private busy = false;
  private failures = 0;
  /** Per room (row or open conversation): who wrote last in the newest state pushed. */
  private side = new Map<string, string>();
  /** The rows and conversations whose side differs from the state pushed before them. */
  private events = new WeakSet<RoomRow | OpenRoom>();

  constructor(
    private readonly send: (obs: Observation) => Promise<ObservationAck | undefined>,
    private readonly onAck: (ack: ObservationAck) => void,
    private readonly later: (fn: () => void, ms: number) => void,
    /** Something was dropped: the watcher reads the whole page again. */
    private readonly askFullRead: () => void,
  ) {}

  get waiting(): number {
    return this.pending.length + (this.inFlight ? 1 : 0);
  }

  push(obs: Observation): void {
    const rows = new Map(obs.rows.map((r) => [r.roomId, rowSide(r)]));
    const open = obs.open ? { roomId: obs.open.roomId, side: openSide(obs.open) } : null;
    for (const r of obs.rows) this.note(r, 'row:' + r.roomId, rowSide(r));
    if (obs.open && open) this.note(obs.open, 'open:' + open.roomId, open.side);
    // A newer state of the same side replaces a queued one that is not an event.
    this.pending = this.pending.flatMap((old) =>
      this.keep(
        old,
        (r) => rows.get(r.roomId) !== rowSide(r),
        (o) => o.roomId !== open?.roomId || open.side !== openSide(o),
      ),
    );
    // A read with no row (a still-watching signal) tells only when the page was seen: the newer one is enough.
    const prev = this.pending.at(-1);
    if (prev && isBare(prev) && isBare(obs) && prev.layout === obs.layout) this.pending.pop();
    this.pending.push(obs);
    if (this.pending.length > MAX_PENDING) this.overflow();
    void this.flush();
  }

  /** Records the side of a room's newest state; a change of side is an event. */
  private note(part: RoomRow | OpenRoom, key: string, side: string): void {
    if (this.side.get(key) !== side) this.events.add(part);
    this.side.set(key, side);
  }

  /** `old` keeping its events and what `keepRow`/`keepOpen` keep; null when nothing is left. */
  private keep(old: Observation, keepRow: (r: RoomRow) => boolean, keepOpen: (o: OpenRoom) => boolean): Observation[] {
    const rows = old.rows.filter((r) => this.events.has(r) || keepRow(r));
    const open = old.open && (this.events.has(old.open) || keepOpen(old.open)) ? old.open : null;
    if (rows.length === old.rows.length && open === old.open) return [old];
    // Emptied by newer states, it says nothing the newer one does not (its page status is older).
    return rows.length || open ? [{ ...old, rows, open }] : [];
  }

  /**
   * Under a long outage with many rooms changing: the older observations keep only their events, and the
   * watcher reads everything again for the rest. Events are never dropped (they come at the pace of messages).
   */
  private overflow(): void {
    const newest = this.pending.pop()!;
    const before = this.pending.reduce((n, o) => n + o.rows.length + (o.open ? 1 : 0), 0);
    // A read with no row says only that the page was seen: the newest observation says it later.
    this.pending = this.pending.flatMap((old) => (isBare(old) ? [] : this.keep(old, none, none)));
    const after = this.pending.reduce((n, o) => n + o.rows.length + (o.open ? 1 : 0), 0);
    this.pending.push(newest);
    if (after < before) this.askFullRead();
  }

  private async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.inFlight || this.pending.length) {
        this.inFlight ??= this.pending.shift()!;
        const ack = await this.send(this.inFlight).catch(() => undefined);
        if (!ack?.ok) {
          const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)];
          this.later(() => void this.flush(), wait);
          return;
        }
        this.failures = 0;
        this.inFlight = null;
        this.onAck(ack);
      }
    } finally {
      this.busy = false;
    }
  }
}
