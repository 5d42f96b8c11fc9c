// A wait known only to a range (the room list's "Yesterday"): the rules compute the status at both
// ends, and a window whose state differs between them is undecided, everywhere the view is shown.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { rowTime, whyThisTime } from '@/components/room-text';
import { MARK, MARK_LABEL, markRow } from '@/entrypoints/upwork.content/marks';
import { ABOUT_A_MINUTE, DAY, HOUR, MINUTE } from '@/utils/model/time';
import type { Contract, Observation, Thread } from '@/utils/model/types';
import { answerNext, canStillSave } from '@/utils/rules/answer-next';
import { planNotices } from '@/utils/rules/notify-plan';
import { overdueRooms } from '@/utils/rules/reminder-plan';
import { latestStart, markValue, replyStatus, waitTextOf, WINDOWS, type AwaitingRoom } from '@/utils/rules/reply-windows';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS, emptyThread, mergeObservation } from '@/utils/rules/threads';
import { checkBackup, makeBackup, restorePlan, type Backup } from '@/utils/storage/backup';
import { deriveView } from '@/utils/rules/view';
import { listTimeAt } from '@/utils/upwork/list-times';

const id = (n: string) => 'room_' + n.repeat(32);
const clock = (t: number) => new Date(t).toISOString().slice(11, 16);
/** A room whose client's last message the page dates only to [since, latest]. */
const ranged = (room: string, since: number, latest: number, contract: Contract = 'unknown'): Thread => ({
  ...emptyThread(room, since),
  name: room.slice(5, 6).toUpperCase(),
  contract,
  last: { by: 'client', at: { earliest: since, latest }, seenAt: latest },
  waitingSince: since,
  waitingSinceLatest: latest,
  exact: false,
});
const view = (threads: Thread[], now: number) => deriveView(threads, DEFAULT_SETTINGS, now);
const text = (r: AwaitingRoom, now: number) => rowTime(r.status, now, WINDOWS, waitTextOf(r)).join('');

describe('the demo inbox at 6 AM: Chloe Dubois wrote 23 h 30 m ago, and the list says "Yesterday"', () => {
  const now = new Date(2026, 10, 20, 6, 0).getTime(); // 6:00 AM in New York (the unit tests' zone)
  const chloe: Observation = {
    seenAt: now,
    layout: 'ok',
    missing: [],
    rows: [
      {
        roomId: id('c'),
        name: 'Chloe Dubois',
        title: 'Webflow to Next.js migration',
        lastBy: 'client',
        lastAt: listTimeAt('Yesterday', now),
      },
    ],
    open: null,
    selfName: null,
  };
  const lost = ranged(id('f'), now - 30 * HOUR, now - 30 * HOUR + MINUTE - 1); // truly overdue: 30 h ago, to the minute
  const threads = [...mergeObservation(new Map(), chloe), { ...lost, exact: true }];
  const rooms = answerNext(view(threads, now).rooms, now, WINDOWS);
  const room = rooms.find((r) => r.thread.roomId === id('c'))!;

  it('she can still be answered in time: counted with the rooms still in time, first', () => {
    expect(canStillSave(room, now, WINDOWS)).toBe(true);
    expect(room.status.state).not.toBe('overdue');
    expect(rooms.map((r) => r.thread.name)).toEqual(['Chloe Dubois', 'F']);
  });
  it('is undecided, between the deadlines of the two ends of yesterday', () => {
    expect(room.undecided).toEqual({
      earliestDeadline: new Date(2026, 10, 20, 0, 0).getTime(),
      latestDeadline: new Date(2026, 10, 21, 0, 0).getTime() - 1,
    });
    expect(markValue(room.status, room.undecided)).toBe('undecided');
  });
  it('says what it may be, in words, and never "≈ … missed"', () => {
    expect(text(room, now)).toBe('24-hour window missed, or up to 17 h 59 m left');
  });
  it('"why this time" names the range and says earlier messages may be unseen', () => {
    const why = whyThisTime(room.thread.exact, room.thread.waitingSince, latestStart(room.thread), waitTextOf(room));
    expect(why).toContain('opening the room on Upwork makes it exact');
    expect(why).toContain('earlier messages from the client may be unseen');
  });
});

describe('every reader follows the same rule', () => {
  const T = Date.UTC(2026, 10, 20, 5); // the client wrote some time in [T, T + 10 h]
  const wide = ranged(id('a'), T, T + 10 * HOUR);
  it('the warning comes at the earliest possible deadline and says the time is uncertain', () => {
    const now = T + 21 * HOUR; // 3 h before the 24-hour window closes if the client wrote at T
    const { rooms } = view([wide], now);
    const plan = planNotices({ rooms, settings: DEFAULT_SETTINGS, lengths: WINDOWS, done: new Map(), now, clock });
    // (the 2-hour window's warning, long past, comes apart as a catch-up)
    const warning = plan.show.find((n) => n.kind === 'warning')!;
    expect(warning.title).toContain(clock(T + DAY));
    expect(warning.lines[0]).toContain('time uncertain');
  });
  it('the page mark is "undecided" and says what the popup says', () => {
    const now = T + 30 * HOUR;
    const [room] = view([wide], now).rooms;
    const el = document.createElement('a');
    el.setAttribute('href', `/ab/messages/rooms/${id('a')}`);
    markRow(
      el,
      { roomId: id('a'), waitingSince: T, waitingSinceLatest: T + 10 * HOUR, exact: false, contract: 'unknown', snoozedUntil: null },
      WINDOWS,
      now,
    );
    expect(el.getAttribute(MARK)).toBe('undecided');
    expect(el.getAttribute(MARK_LABEL)).toBe(text(room, now));
    expect(el.getAttribute(MARK_LABEL)).toBe('24-hour window missed, or up to 4 h left');
  });
  it('the overdue digest lists a room only if its window closed a day ago at the latest start', () => {
    const now = T + 50 * HOUR; // missed at both ends, but 26 h ago only if the client wrote at T
    const { rooms } = view([wide], now);
    expect(rooms[0].undecided).toBeNull();
    expect(overdueRooms(rooms, WINDOWS, false, now)).toEqual([]);
    expect(overdueRooms(view([wide], T + 58 * HOUR).rooms, WINDOWS, false, T + 58 * HOUR)).toHaveLength(1);
  });
  it('a window in the same state at both ends is shown as it is, the range said in words (no "≈")', () => {
    const now = T + 40 * HOUR;
    const [room] = view([wide], now).rooms;
    expect(room.undecided).toBeNull();
    expect(room.status.state).toBe('overdue');
    expect(text(room, now)).toBe('24-hour window missed up to 16 h ago');
    const minute = ranged(id('b'), T, T + MINUTE - 1);
    const [approx] = view([minute], now).rooms;
    expect(text(approx, now)).toBe('24-hour window missed 16 h ago');
    expect(waitTextOf(approx).range).toBe('minute');
  });
});

describe('"a room is undecided exactly when its state differs between the two ends of the range its wait began in"', () => {
  const T = Date.UTC(2026, 10, 20, 5);
  const arbitrary = {
    width: fc.integer({ min: 0, max: 8 * 24 * 60 }).map((m) => m * MINUTE),
    waited: fc.integer({ min: 0, max: 10 * 24 * 60 }).map((m) => m * MINUTE),
    contract: fc.constantFrom<Contract>('active', 'ended', 'unknown'),
  };
  test.prop(arbitrary)('any range, any now: undecided iff the ends disagree', ({ width, waited, contract }) => {
    const now = T + waited;
    const [room] = view([ranged(id('a'), T, T + width, contract)], now).rooms;
    const ends = [replyStatus(T, contract, now).state, replyStatus(Math.min(T + width, now), contract, now).state];
    // A range about a minute wide is decided at its earliest end (shown with "≈").
    expect(room.undecided !== null).toBe(width > ABOUT_A_MINUTE && ends[0] !== ends[1]);
  });
  it('a time known to the minute never turns undecided in the minute its window closes', () => {
    const now = T + 2 * HOUR + 30_000;
    const [room] = view([{ ...ranged(id('a'), T, T + MINUTE - 1), exact: true }], now).rooms;
    expect(room.undecided).toBeNull();
    expect(room.status.state).toBe('late');
  });
  test.prop(arbitrary)('an undecided room is never counted missed, and sorts by its latest deadline', ({ width, waited, contract }) => {
    const now = T + waited;
    const [room] = view([ranged(id('a'), T, T + width, contract)], now).rooms;
    if (!room.undecided) return;
    expect(canStillSave(room, now, WINDOWS)).toBe(true);
    expect(room.status.deadline).toBe(room.undecided.latestDeadline);
    expect(room.undecided.earliestDeadline).toBeLessThanOrEqual(now);
    expect(room.undecided.latestDeadline).toBeGreaterThan(now);
    // The overdue list is about the 24-hour window: an undecided one is never on it.
    if (room.status.open === 'expected') expect(overdueRooms([room], WINDOWS, false, now)).toEqual([]);
    expect(text(room, now)).toMatch(/missed, or up to .+ left/);
  });
});

describe('a backup keeps what is uncertain', () => {
  it('a room dated "Yesterday" is still undecided after a backup and a restore', () => {
    const now = Date.UTC(2026, 10, 20, 11); // 6:00 AM in New York
    // The run began "Yesterday"; the client wrote again 2 h ago, to the minute.
    const room = {
      ...ranged(id('d'), now - 30 * HOUR, now - 6 * HOUR),
      last: { by: 'client' as const, at: { earliest: now - 2 * HOUR, latest: now - 2 * HOUR + MINUTE - 1 }, seenAt: now },
    };
    const text = makeBackup(now, DEFAULT_SETTINGS, EMPTY_STATUS, [room], []);
    const checked = checkBackup(text, now);
    expect(checked.ok).toBe(true);
    const { threads } = restorePlan((checked as { ok: true; backup: Backup }).backup, new Map(), new Set(), now);
    expect(view(threads, now).rooms[0].undecided).toEqual(view([room], now).rooms[0].undecided);
    expect(view(threads, now).rooms[0].undecided).not.toBeNull();
  });
});
