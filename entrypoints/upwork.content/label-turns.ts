// One timer for the marks' labels: it fires when the earliest of them turns (a minute boundary of
// its countdown), relabels what turned, and waits for the next.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export class LabelTurns {
  private timer: { at: number; id: number } | null = null;

  /** `turn(now)`: relabels what turned by now; returns when the next label turns (or null). */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly turn: (now: number) => number | null,
  ) {}

  /** Some label turns at `at`. */
  at(at: number): void {
    if (this.timer && this.timer.at <= at) return;
    if (this.timer) clearTimeout(this.timer.id);
    const id = this.ctx.setTimeout(
      () => {
        this.timer = null;
        const next = this.turn(Date.now());
        if (next !== null) this.at(next);
      },
      Math.max(0, at - Date.now()) + 5,
    );
    this.timer = { at, id };
  }
}
