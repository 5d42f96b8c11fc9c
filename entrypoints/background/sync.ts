// Wiring of the choices' sync (utils/storage/choices-sync.ts): passes are coalesced and run one at a
// time; what a pass merged from another computer reaches the badge, the marks and the popup at once.
import { syncChoicesNow } from '@/utils/storage/choices-sync';
import { SYNC_PREFIX } from '@/utils/storage/sync-choices';
import { ackOf } from './observe';
import { pushMarks } from './push-marks';
import { refresh } from './refresh';

/**
 * Changes within this delay go in one pass (one set, one remove at most): at most 2 writes per 2 s keeps
 * well within storage.sync's 120 writes a minute. A worker killed meanwhile loses nothing: it runs a
 * pass when it wakes.
 */
const COALESCE_MS = 2_000;

let timer: ReturnType<typeof setTimeout> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** One pass now (after those already running). */
export function syncChoices(): Promise<void> {
  const run = queue.then(async () => {
    const { merged } = await syncChoicesNow(Date.now());
    if (!merged) return;
    const { view, status } = await refresh();
    await pushMarks(ackOf(view, status));
  });
  // Sync refused (quota, rate, signed out): nothing is lost, the next pass tries again.
  queue = run.catch((err) => console.warn('Reply Window: choices not synced this time', err));
  return queue as Promise<void>;
}

/** A pass soon, with whatever else changes meanwhile. */
export function syncChoicesSoon(): void {
  if (timer !== null) return;
  timer = setTimeout(() => {
    timer = null;
    void syncChoices();
  }, COALESCE_MS);
}

/** Records written by another computer (or by us: that pass then finds nothing to do). */
export function onSyncChanged(changes: Record<string, unknown>, area: string): void {
  if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SYNC_PREFIX))) syncChoicesSoon();
}
