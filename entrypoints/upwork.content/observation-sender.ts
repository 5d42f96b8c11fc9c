// Sends observations to the worker one at a time, in order, and sends again
// whatever was not acknowledged (the worker may be restarting). Merging is
// idempotent, so a repeat is harmless; a loss would not be.
import type { ObservationAck } from '@/utils/protocol/messages';
import type { Observation } from '@/utils/model/types';

const MAX_PENDING = 100;
const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

export class ObservationSender {
  private pending: Observation[] = [];
  private busy = false;
  private failures = 0;

  constructor(
    private readonly send: (obs: Observation) => Promise<ObservationAck | undefined>,
    private readonly onAck: (ack: ObservationAck) => void,
    private readonly later: (fn: () => void, ms: number) => void,
  ) {}

  get waiting(): number {
    return this.pending.length;
  }

  push(obs: Observation): void {
    // Under a long outage keep the newest reads; each row's latest state is what matters.
    if (this.pending.length >= MAX_PENDING) this.pending.splice(0, this.pending.length - MAX_PENDING + 1);
    this.pending.push(obs);
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.pending.length) {
        const ack = await this.send(this.pending[0]).catch(() => undefined);
        if (!ack?.ok) {
          const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)];
          this.later(() => void this.flush(), wait);
          return;
        }
        this.failures = 0;
        this.pending.shift();
        this.onAck(ack);
      }
    } finally {
      this.busy = false;
    }
  }
}
