// Rows seen answered ("You:") and watched without a break since. Invariant: a row's answeredUntil is a
// moment it was seen answered, before its client message came (a wait is exact only when watched so).
import type { Observation } from '@/utils/model/types';

export class AnsweredRows {
  /** Room id → when it was last read answered. */
  private seen = new Map<string, number>();

  /** A break in watching (hidden, offline): what happened meanwhile was not seen. */
  clear(): void {
    this.seen.clear();
  }

  /** A row that unmounts is only out of sight: its history is gone. */
  forget(roomId: string): void {
    this.seen.delete(roomId);
  }

  /**
   * A row that turns from "You:" to the client's under our eyes was answered until `since` (the first
   * page change after the read before), and no earlier than it was read answered: a row read in a
   * later slice of the same read may have changed after `since`.
   */
  note(obs: Observation, since: number): void {
    for (const row of obs.rows) {
      // A row without a time (a typing or delivery line in its preview) says nothing of who wrote last.
      if (!row.lastAt) continue;
      const seenAt = this.seen.get(row.roomId);
      if (row.lastBy === 'freelancer') this.seen.set(row.roomId, obs.seenAt);
      else if (seenAt !== undefined) {
        this.seen.delete(row.roomId);
        row.answeredUntil = Math.max(since, seenAt);
      }
    }
  }
}
