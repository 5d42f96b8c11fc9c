// One shared one-second clock for the popup. A component asks for text that depends on the time and
// re-renders only when that text changes: with 200 rooms a tick touches the few countdowns that moved,
// not the whole list.
import { useEffect, useReducer, useRef } from 'preact/hooks';

const listeners = new Set<(now: number) => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** Calls `fn` every second with the time, until the returned function is called. */
export function onTick(fn: (now: number) => void): () => void {
  listeners.add(fn);
  timer ??= setInterval(() => {
    const now = Date.now();
    for (const l of listeners) l(now);
  }, 1_000);
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0) timer = void clearInterval(timer);
  };
}

/**
 * `compute(now)`, kept current: the component re-renders when the text changes. `step`, if given, is a
 * cheap number that changes whenever the text can (the minute of a countdown), so a tick that moves
 * nothing costs a subtraction instead of formatting the text.
 */
export function useTimeText(compute: (now: number) => string, step: (now: number) => number | string = compute): string {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef<{ step: typeof step; at?: number | string }>({ step });
  latest.current.step = step;
  useEffect(
    () =>
      onTick((now) => {
        if (latest.current.step(now) !== latest.current.at) rerender(0);
      }),
    [],
  );
  const now = Date.now();
  latest.current.at = step(now);
  return compute(now);
}

/** Text that follows the clock, as its own small component so that only it re-renders. */
export function TimeText({ of, step }: { of: (now: number) => string; step?: (now: number) => number }) {
  return useTimeText(of, step);
}
