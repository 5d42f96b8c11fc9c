// Long work on the page (the first read of a long room list, the marks of its
// first answer) in slices that fit the browser's idle time, so none of it is a
// long task. A slice runs within SLICE_WAIT_MS even on a page that is never idle.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const SLICE_WAIT_MS = 100;
/**
 * A slice's work, whatever idle time the browser offers: small, since the task
 * around it (the browser's own work, a profiler) adds to it, and a long task is 50 ms.
 */
const SLICE_MS = 8;

export type Later = (slice: (deadline: IdleDeadline) => void) => void;

export const idleLater =
  (ctx: ContentScriptContext): Later =>
  (slice) =>
    void ctx.requestIdleCallback(slice, { timeout: SLICE_WAIT_MS });

/**
 * Calls `step` (one unit of work; true while more remains) as often as each
 * slice's time allows, then `done`. Returns a function that stops it.
 */
export function inSlices(step: () => boolean, later: Later, done: () => void = () => undefined): () => void {
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const end = performance.now() + SLICE_MS;
    let more = step();
    while (more && performance.now() < end) more = step();
    // `done` gets a slice of its own: it may be the heavier part (sending what was read).
    later(more ? slice : () => !stopped && done());
  };
  later(slice);
  return () => {
    stopped = true;
  };
}
