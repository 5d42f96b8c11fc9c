// Gives each message of the open conversation the time range its own
// timestamp, the day dividers and its neighbours allow. Messages are in
// order, oldest first: a message is never earlier than the one before it.
// Invariant: each message's range contains the moment it was written; a
// page that contradicts itself gives a message no time, never a wrong one.
// (Named by tests/unit/conversation-order.test.ts.)
import type { TimeRange } from '@/utils/model/types';
import { parseClockOn, parseDayDivider, parseTitleTime } from './time-text';

export interface RawTime {
  /** `.story-timestamp[title]`: "April 20, 2026 at 2:07 PM" */
  title: string | null;
  /** `.story-timestamp` text: "2:07 PM", or "1:10 PM PDT" */
  clock: string | null;
  /** The day divider at this message, if any; it holds for the messages after it. */
  divider: string | null;
}

function ownTime(raw: RawTime, day: TimeRange | null, now: number): TimeRange | null {
  const exact = raw.title ? parseTitleTime(raw.title) : null;
  if (exact) return exact;
  const clock = day && raw.clock ? parseClockOn(new Date(day.earliest), raw.clock, now) : null;
  return clock ?? day;
}

function ownTimes(raws: RawTime[], now: number): (TimeRange | null)[] {
  let day: TimeRange | null = null;
  return raws.map((raw) => {
    if (raw.divider) day = parseDayDivider(raw.divider, now) ?? day;
    return ownTime(raw, day, now);
  });
}

/** Does this order contradict the page's own times (a message timed before the one it follows)? */
export function contradicts(raws: RawTime[], now: number): boolean {
  const own = ownTimes(raws, now);
  return resolveStoryTimes(raws, now).some((t, i) => own[i] !== null && t === null);
}

export function resolveStoryTimes(raws: RawTime[], now: number): (TimeRange | null)[] {
  const own = ownTimes(raws, now);
  // Forward: never earlier than the message before. Backward: never later than the one after, or now.
  const earliest: (number | null)[] = [];
  let floor: number | null = null;
  for (const t of own) {
    if (t) floor = floor === null ? t.earliest : Math.max(floor, t.earliest);
    earliest.push(floor);
  }
  const out: (TimeRange | null)[] = new Array(own.length).fill(null);
  let ceiling = now;
  for (let i = own.length - 1; i >= 0; i--) {
    const t = own[i];
    if (t) ceiling = Math.min(ceiling, t.latest);
    const lo = earliest[i];
    // A lower bound after the upper one means the page contradicts itself: no time rather than a wrong one.
    out[i] = lo === null || lo > ceiling ? null : { earliest: lo, latest: ceiling };
  }
  return out;
}
