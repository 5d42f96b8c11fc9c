import { afterEach, describe, expect, it } from 'vitest';
import { planNotices, type NoticePlan } from '@/utils/rules/notify-plan';
import { HOUR, MINUTE } from '@/utils/model/time';
import { awaitingRooms } from '@/utils/rules/reply-windows';
import { DEFAULT_SETTINGS, windowLengths, type Settings } from '@/utils/rules/settings';
import { emptyThread } from '@/utils/rules/threads';
import type { Contract, Thread } from '@/utils/model/types';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => void (process.env.TZ = ORIGINAL_TZ));

const clock = (t: number) => new Date(t).toISOString().slice(11, 16);
const waiting = (id: string, since: number, contract: Contract = 'unknown', extra: Partial<Thread> = {}): Thread => ({
  ...emptyThread(id, since),
  name: id.toUpperCase(),
  contract,
  last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
  waitingSince: since,
  exact: true,
  ...extra,
});

/** Runs the plan at each instant in turn, remembering what it handled, as the worker does across restarts. */
function timeline(threads: Thread[], instants: number[], settings: Settings = DEFAULT_SETTINGS) {
  const done = new Map<string, number>();
  const plans: NoticePlan[] = [];
  for (const now of instants) {
    const rooms = awaitingRooms(threads, now, windowLengths(settings));
    const plan = planNotices({ rooms, settings, lengths: windowLengths(settings), done, now, clock });
    for (const k of plan.handled) done.set(k, now);
    plans.push(plan);
  }
  return plans;
}
const kinds = (p: NoticePlan) => p.show.map((n) => n.kind);

const T0 = Date.UTC(2026, 10, 20, 14, 0); // 9:00 in New York

describe('one notification per room and threshold', () => {
  it('warns 30 min before the 2-hour window closes, once, and wakes at that moment', () => {
    const [before, at, again] = timeline([waiting('a', T0)], [T0 + 60 * MINUTE, T0 + 90 * MINUTE, T0 + 91 * MINUTE]);
    expect(before.show).toEqual([]);
    expect(before.wakeAt).toBe(T0 + 90 * MINUTE);
    expect(kinds(at)).toEqual(['warning']);
    expect(at.show[0].roomIds).toEqual(['a']);
    expect(again.show).toEqual([]);
  });
  it('warns 3 h before the 24-hour window, and 1 d and 6 h before the 7-day policy on a contract', () => {
    const plans = timeline(
      [waiting('a', T0, 'active')],
      [T0 + 90 * MINUTE, T0 + 21 * HOUR, T0 + 6 * 24 * HOUR, T0 + 7 * 24 * HOUR - 6 * HOUR],
    );
    expect(plans.map(kinds)).toEqual([['warning'], ['warning'], ['warning'], ['warning']]);
    expect(plans[1].show[0].lines[0]).toContain('24-hour window');
    expect(plans[3].show[0].lines[0]).toContain('7-day window');
  });
  it('rooms crossing a threshold together come as one grouped notification', () => {
    const [p] = timeline([waiting('a', T0), waiting('b', T0 + MINUTE)], [T0 + 91 * MINUTE]);
    expect(kinds(p)).toEqual(['group']);
    expect(p.show[0].roomIds).toEqual(['a', 'b']);
  });
  it('a new wait in the same room warns again', () => {
    const later = T0 + 5 * HOUR;
    // Handled before this wait began (the same key and deadline): not handled for this wait.
    const done = new Map([[`a|best-practice|30|${later + 2 * HOUR}`, T0 + 90 * MINUTE]]);
    const rooms = awaitingRooms([waiting('a', later)], later + 90 * MINUTE);
    const p = planNotices({
      rooms,
      settings: DEFAULT_SETTINGS,
      lengths: windowLengths(DEFAULT_SETTINGS),
      done,
      now: later + 90 * MINUTE,
      clock,
    });
    expect(kinds(p)).toEqual(['warning']);
  });
});

describe('sleep and closed browsers', () => {
  it('thresholds that passed while asleep come as one catch-up summary, not a burst', () => {
    const threads = [waiting('a', T0), waiting('b', T0 + HOUR), waiting('c', T0, 'active')];
    const [p] = timeline(threads, [T0 + 30 * HOUR]);
    expect(kinds(p)).toEqual(['catch-up']);
    expect(p.show[0].roomIds.sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('quiet hours (22:00 to 08:00, across midnight, New York time)', () => {
  const quiet: Settings = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '22:00', end: '08:00' } };
  const ny = (d: number, h: number, m = 0) => {
    process.env.TZ = 'America/New_York';
    return new Date(2026, 10, d, h, m).getTime();
  };
  it('shows nothing in quiet hours, a digest just before, and one summary when they end', () => {
    const since = ny(20, 21, 0); // the 2-hour window closes at 23:00, inside quiet hours
    const [digest, night, morning] = timeline([waiting('a', since)], [ny(20, 21, 55), ny(20, 22, 30), ny(21, 8, 0)], quiet);
    expect(kinds(digest)).toEqual(['quiet-digest']);
    expect(night.show).toEqual([]);
    expect(night.wakeAt).toBe(ny(21, 8, 0));
    expect(kinds(morning)).toEqual(['quiet-summary']);
  });
  it('the 7-day policy breaks through only if the user allows it', () => {
    const since = ny(14, 2, 0); // 7 days later at 02:00 is in quiet hours; the 6 h warning is at 20:00, the 1 d one the night before at 02:00
    const at = ny(20, 2, 0);
    expect(timeline([waiting('a', since, 'active')], [at], quiet)[0].show).toEqual([]);
    expect(kinds(timeline([waiting('a', since, 'active')], [at], { ...quiet, policyBreaksQuiet: true })[0])).toEqual(['warning']);
  });
  it('follows the local clock across the end of daylight saving (Nov 1 2026 in New York)', () => {
    const since = ny(1, 6, 0); // 2-hour window closes at 08:00 local, on the 25-hour day
    const [p] = timeline([waiting('a', since)], [ny(1, 7, 30)], quiet);
    expect(p.show).toEqual([]); // 07:30 local is still quiet
    expect(p.wakeAt).toBe(ny(1, 8, 0));
  });
});

describe('away mode and snooze', () => {
  const away: Settings = { ...DEFAULT_SETTINGS, away: { enabled: true, until: null } };
  it('away mode silences the 2- and 24-hour warnings of rooms without a contract, for good', () => {
    const [p, after] = timeline([waiting('a', T0)], [T0 + 90 * MINUTE, T0 + 91 * MINUTE], away);
    expect(p.show).toEqual([]);
    expect(p.handled).toContain(`a|best-practice|30|${T0 + 2 * HOUR}`);
    expect(after.show).toEqual([]);
  });
  it('away mode never silences a room on an active contract', () => {
    expect(kinds(timeline([waiting('a', T0, 'active')], [T0 + 90 * MINUTE], away)[0])).toEqual(['warning']);
  });
  it('a snoozed room gets no warning until the snooze ends', () => {
    const snoozed = waiting('a', T0, 'unknown', { snooze: { until: T0 + 2 * HOUR, lastAt: T0 } });
    const [during, after] = timeline([snoozed], [T0 + 90 * MINUTE, T0 + 2 * HOUR + MINUTE]);
    expect(during.show).toEqual([]);
    expect(kinds(after)).toEqual(['catch-up']);
  });
});

describe('a room whose contract is unknown', () => {
  const away: Settings = { ...DEFAULT_SETTINGS, away: { enabled: true, until: null } };
  const sixDays = T0 + 6 * 24 * HOUR;
  /** The day after the wait began: the earlier warnings are behind us (a catch-up). */
  const warmUp = T0 + 25 * HOUR;
  it('warns once from 6 days of waiting, in case it is on a contract', () => {
    const [, before, at, again] = timeline([waiting('a', T0)], [warmUp, sixDays - MINUTE, sixDays, sixDays + HOUR]);
    expect(before.show).toEqual([]);
    expect(before.wakeAt).toBe(sixDays);
    expect(kinds(at)).toEqual(['warning']);
    expect(at.show[0].title).toBe('Is A on a contract?');
    expect(at.show[0].lines).toEqual(["A: if this room is on an active contract, Upwork's 7-day window closes in 1 d"]);
    expect(again.show).toEqual([]);
  });
  it('away mode never silences it', () => {
    expect(kinds(timeline([waiting('a', T0)], [warmUp, sixDays], away)[1])).toEqual(['warning']);
  });
  it('no such warning once the user says "no contract", nor for a room known to be on one (it gets the 7-day warnings)', () => {
    const [, none] = timeline([waiting('a', T0, 'unknown', { contractTag: 'none' })], [warmUp, sixDays]);
    expect(none.show).toEqual([]);
    const [, active] = timeline([waiting('a', T0, 'active')], [warmUp, sixDays]);
    expect(active.show.flatMap((n) => n.lines)).toEqual([expect.stringContaining('7-day window closes at')]);
  });
});

describe('"a warning is handled for one room, one threshold and one deadline"', () => {
  /** Plans at each instant with the threads as they are then, keeping what was handled. */
  function changing(steps: [number, Thread][]) {
    const done = new Map<string, number>();
    return steps.map(([now, thread]) => {
      const rooms = awaitingRooms([thread], now, windowLengths(DEFAULT_SETTINGS));
      const plan = planNotices({ rooms, settings: DEFAULT_SETTINGS, lengths: windowLengths(DEFAULT_SETTINGS), done, now, clock });
      for (const k of plan.handled) done.set(k, now);
      return plan;
    });
  }
  it('agreed terms that lengthen bring the warning of the new deadline', () => {
    const four = waiting('a', T0, 'unknown', { terms: { hours: 4, working: null } });
    const eight = { ...four, terms: { hours: 8, working: null } };
    // 3 h before the agreed 4 h (at 1 h), then the terms become 8 h: 3 h before those (at 5 h) warns again.
    const [first, second] = changing([
      [T0 + HOUR, four],
      [T0 + 5 * HOUR, eight],
    ]);
    expect(kinds(first)).toEqual(['warning']);
    expect(kinds(second)).toEqual(['warning']);
    expect(second.show[0].title).toContain(clock(T0 + 8 * HOUR));
  });
  it('a start corrected to a later exact time brings the warning of the later deadline', () => {
    const bound = waiting('a', T0, 'unknown', { exact: false });
    const corrected = { ...bound, waitingSince: T0 + HOUR, exact: true };
    const [first, second] = changing([
      [T0 + 90 * MINUTE, bound],
      [T0 + 150 * MINUTE, corrected],
    ]);
    expect(kinds(first)).toEqual(['warning']);
    expect(kinds(second)).toEqual(['warning']);
  });
  it('the same deadline is warned once', () => {
    const room = waiting('a', T0);
    const [first, second] = changing([
      [T0 + 90 * MINUTE, room],
      [T0 + 91 * MINUTE, { ...room, name: 'renamed' }],
    ]);
    expect(kinds(first)).toEqual(['warning']);
    expect(second.show).toEqual([]);
  });
});
