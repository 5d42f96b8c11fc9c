// The routine reminder and the daily overdue list, as a table of situations (New York time).
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { Contract, Thread } from '@/utils/model/types';
import { CHECKED_KEY, planReminders, type ReminderPlan } from '@/utils/rules/reminder-plan';
import { awaitingRooms } from '@/utils/rules/reply-windows';
import { DEFAULT_SETTINGS, windowLengths, type Settings } from '@/utils/rules/settings';
import { emptyThread } from '@/utils/rules/threads';

afterEach(() => void (process.env.TZ = 'America/New_York'));

/** Nov 2026: the 16th is a Monday, the 21st a Saturday. Local New York time. */
const ny = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const routine = (r: Partial<Settings['reminder']>, extra: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  overdueDigest: false,
  ...extra,
  reminder: { ...DEFAULT_SETTINGS.reminder, ...r },
});
const nineToFive = routine({ times: ['09:00', '13:00', '17:00'] });
const waiting = (since: number, contract: Contract = 'unknown'): Thread => ({
  ...emptyThread('room_' + String(since).padStart(32, '0').slice(-32), since),
  name: 'Ana',
  contract,
  last: { by: 'client', at: { earliest: since, latest: since }, seenAt: since },
  waitingSince: since,
  exact: true,
});

interface Case {
  name: string;
  settings: Settings;
  now: number;
  /** When the worker last planned; undefined: never. */
  checked?: number;
  lastReadAt?: number | null;
  done?: string[];
  threads?: Thread[];
  kinds: string[];
  wakeAt?: number | null;
  handles?: string[];
}

const cases: Case[] = [
  {
    name: 'at a chosen time on a chosen day: one reminder',
    settings: nineToFive,
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    kinds: ['reminder'],
    wakeAt: ny(16, 13),
  },
  {
    name: 'just before it: nothing, and the worker wakes at that time',
    settings: nineToFive,
    now: ny(16, 8, 59),
    checked: ny(16, 8, 55),
    kinds: [],
    wakeAt: ny(16, 9),
  },
  {
    name: 'not on a day that was not chosen (Saturday)',
    settings: nineToFive,
    now: ny(21, 9),
    checked: ny(21, 8, 55),
    kinds: [],
    wakeAt: ny(23, 9),
  },
  {
    name: 'asleep from 8:00 to 18:00: one catch-up for the three times missed',
    settings: nineToFive,
    now: ny(16, 18),
    checked: ny(16, 8),
    kinds: ['reminder'],
    handles: ['remind|2026-11-16 09:00', 'remind|2026-11-16 13:00', 'remind|2026-11-16 17:00'],
  },
  {
    name: 'first plan ever, at 15:00: the morning times are not fired late',
    settings: nineToFive,
    now: ny(16, 15),
    kinds: [],
    wakeAt: ny(16, 17),
  },
  {
    name: 'the clock went back over a time already reminded: not again',
    settings: nineToFive,
    now: ny(16, 9, 1),
    done: ['remind|2026-11-16 09:00'],
    kinds: [],
  },
  {
    name: 'quiet hours hold a 7:30 reminder until they end at 8:00',
    settings: routine({ times: ['07:30'] }, { quietHours: { enabled: true, start: '22:00', end: '08:00' } }),
    now: ny(16, 7, 30),
    checked: ny(16, 7, 25),
    kinds: [],
    wakeAt: ny(16, 8),
  },
  {
    name: '... and it comes when they end',
    settings: routine({ times: ['07:30'] }, { quietHours: { enabled: true, start: '22:00', end: '08:00' } }),
    now: ny(16, 8),
    checked: ny(16, 7, 55),
    kinds: ['reminder'],
  },
  {
    name: 'away mode with no room on a contract: silenced, and not kept for later',
    settings: routine({ times: ['09:00'] }, { away: { enabled: true, until: null } }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [waiting(ny(16, 8))],
    kinds: [],
    handles: ['remind|2026-11-16 09:00'],
  },
  {
    name: 'away mode with a room on a contract: the reminder comes',
    settings: routine({ times: ['09:00'] }, { away: { enabled: true, until: null } }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [waiting(ny(16, 8), 'active')],
    kinds: ['reminder'],
  },
  {
    name: 'the user read Messages after the missed time: no catch-up',
    settings: nineToFive,
    now: ny(16, 10),
    checked: ny(16, 8),
    lastReadAt: ny(16, 9, 30),
    kinds: [],
  },
  {
    name: 'the view is older than 4 hours on a chosen day: one reminder',
    settings: routine({ oldViewHours: 4 }),
    now: ny(16, 14),
    checked: ny(16, 13, 55),
    lastReadAt: ny(16, 10),
    kinds: ['reminder'],
  },
  {
    name: '... only once for that read',
    settings: routine({ oldViewHours: 4 }),
    now: ny(16, 15),
    lastReadAt: ny(16, 10),
    done: [`remind-old|${ny(16, 10)}`],
    kinds: [],
    wakeAt: null,
  },
  {
    name: 'a view that turns old on Saturday reminds on Monday at the start of the day',
    settings: routine({ oldViewHours: 4 }),
    now: ny(21, 14),
    checked: ny(21, 13, 55),
    lastReadAt: ny(21, 9),
    kinds: [],
    wakeAt: ny(23, 9),
  },
  {
    name: 'the overdue list at the start of the working day, instead of the reminder at that time',
    settings: { ...nineToFive, overdueDigest: true },
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [waiting(ny(13, 9)), waiting(ny(16, 8))],
    kinds: ['overdue-digest'],
    handles: ['overdue|2026-11-16 09:00', 'remind|2026-11-16 09:00'],
  },
  {
    name: 'the overdue list comes at 9:00 with no reminder times, and says nothing when no room is overdue a day',
    settings: routine({}, { overdueDigest: true }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [waiting(ny(15, 8))],
    kinds: [],
    handles: ['overdue|2026-11-16 09:00'],
  },
  {
    name: 'a room on 72-hour terms, 48 h into its wait, is not on the overdue list',
    settings: routine({}, { overdueDigest: true }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [{ ...waiting(ny(14, 9)), terms: { hours: 72, working: null } }],
    kinds: [],
  },
  {
    name: 'a room on 4-hour terms, 30 h into its wait, is on the overdue list (its agreed window closed 26 h ago)',
    settings: routine({}, { overdueDigest: true }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [{ ...waiting(ny(15, 3)), terms: { hours: 4, working: null } }],
    kinds: ['overdue-digest'],
  },
  {
    name: 'away mode leaves rooms without a contract off the overdue list',
    settings: routine({}, { overdueDigest: true, away: { enabled: true, until: null } }),
    now: ny(16, 9),
    checked: ny(16, 8, 55),
    threads: [waiting(ny(13, 9))],
    kinds: [],
  },
];

function plan(c: Case): ReminderPlan {
  const lengths = windowLengths(c.settings);
  const done = new Map<string, number>((c.done ?? []).map((k) => [k, c.now - HOUR]));
  if (c.checked !== undefined) done.set(CHECKED_KEY, c.checked);
  const rooms = awaitingRooms(c.threads ?? [], c.now, lengths);
  return planReminders({ rooms, settings: c.settings, lengths, lastReadAt: c.lastReadAt ?? ny(16, 6), done, now: c.now });
}

describe('the routine reminder and the overdue list', () => {
  it.each(cases)('$name', (c) => {
    const p = plan(c);
    expect(p.show.map((n) => n.kind)).toEqual(c.kinds);
    if (c.wakeAt !== undefined) expect(p.wakeAt).toBe(c.wakeAt);
    for (const key of c.handles ?? []) expect(p.handled).toContain(key);
    expect(p.handled).toContain(CHECKED_KEY);
  });

  it('the overdue list names each room and how long it has waited, longest first', () => {
    const p = plan(cases.find((c) => c.kinds[0] === 'overdue-digest')!);
    expect(p.show[0].title).toBe('1 client overdue for a day or more');
    expect(p.show[0].lines).toEqual(['Ana: waiting for 3 d']);
  });

  it('"a reminder or a digest is handled for one moment": planned again after it came, it does not come twice', () => {
    const c = cases.find((x) => x.kinds[0] === 'overdue-digest')!;
    const first = plan(c);
    expect(first.show).toHaveLength(1);
    const lengths = windowLengths(c.settings);
    const done = new Map<string, number>(first.handled.map((k) => [k, c.now]));
    // A restart a minute later, the last plan unknown (as after a lost write): the handled moments stay handled.
    done.delete(CHECKED_KEY);
    const rooms = awaitingRooms(c.threads ?? [], c.now + MINUTE, lengths);
    const again = planReminders({ rooms, settings: c.settings, lengths, lastReadAt: ny(16, 6), done, now: c.now + MINUTE });
    expect(again.show).toEqual([]);
  });

  it('a time-zone change does not fire the times it jumps over', () => {
    const checked = ny(16, 8, 55); // 13:55 UTC
    process.env.TZ = 'Europe/Madrid'; // now 15:00 local: 9:00 and 13:00 here are before the last plan
    const p = planReminders({
      rooms: [],
      settings: nineToFive,
      lengths: windowLengths(nineToFive),
      lastReadAt: null,
      done: new Map([[CHECKED_KEY, checked]]),
      now: checked + 5 * MINUTE,
    });
    expect(p.show).toEqual([]);
    expect(p.wakeAt).toBe(new Date(2026, 10, 16, 17).getTime());
  });
});
