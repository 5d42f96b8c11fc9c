// Sends observations to the worker one at a time, in order, and sends again
// whatever was not acknowledged (the worker may be restarting). Merging is
// idempotent, so a repeat is harmless; a loss would not be.
import type { ObservationAck } from '@/utils/protocol/messages';
import type { Observation } from '@/utils/model/types';

/** Queued observations, not counting the one in flight. */
const MAX_PENDING = 100;
const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

export class ObservationSender {
  /** Sent and not yet acknowledged: nothing but its own acknowledgement removes it. */
  private inFlight: Observation | null = null;
  /** Waiting to be sent, oldest first; a room's state appears in one of them at most. */
  private pending: Observation[] = [];
  private busy = false;
  private failures = 0;

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
    // Only the newest state of a room matters: take the rooms in `obs` out of the older queued ones.
    const rooms = new Set(obs.rows.map((r) => r.roomId));
    const openRoom = obs.open?.roomId;
    this.pending = this.pending.flatMap((old) => {
      const rows = old.rows.filter((r) => !rooms.has(r.roomId));
      const open = old.open && old.open.roomId === openRoom ? null : old.open;
      if (rows.length === old.rows.length && open === old.open) return [old];
      // Emptied by newer states, it says nothing the newer one does not (its page status is older).
      return rows.length || open ? [{ ...old, rows, open }] : [];
    });
    this.pending.push(obs);
    if (this.pending.length > MAX_PENDING) {
      // Under a long outage with many rooms changing: keep the newest, and read everything again.
      this.pending.splice(0, this.pending.length - MAX_PENDING);
      this.askFullRead();
    }
    void this.flush();
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
