import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '@/entrypoints/background/refresh';
import { HOUR } from '@/utils/model/time';
import type { PageStatus, Thread } from '@/utils/model/types';
import { reportStorageError, clearStorageError } from '@/utils/protocol/storage-error';
import { BADGE_COLOR, badgeView, ERROR_COLOR, STALE_COLOR, type BadgeInput } from '@/utils/rules/badge';
import { awaitingRooms, WINDOWS } from '@/utils/rules/reply-windows';
import { answerNext } from '@/utils/rules/answer-next';
import { BADGE } from '@/utils/model/palette';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS, emptyThread } from '@/utils/rules/threads';
import { storeObservation } from '@/utils/storage/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const waiting = (id: string, hours: number): Thread => ({
  ...emptyThread(id, NOW),
  last: { by: 'client', at: { earliest: NOW - hours * HOUR, latest: NOW - hours * HOUR }, seenAt: NOW },
  waitingSince: NOW - hours * HOUR,
  exact: true,
});
const READ: PageStatus = { ...EMPTY_STATUS, lastReadAt: NOW, checkedAt: NOW, layout: 'ok' };
const input = (threads: Thread[], over: Partial<BadgeInput> = {}): BadgeInput => ({
  rooms: awaitingRooms(threads, NOW),
  settings: DEFAULT_SETTINGS,
  status: READ,
  storageError: null,
  away: false,
  now: NOW,
  ...over,
});

describe('the toolbar badge', () => {
  it('is blank when nothing is owed', () => {
    expect(badgeView(input([])).text).toBe('');
  });
  it('counts rooms awaiting a reply, in the colour of the room to answer next (the popup’s first row), not the worst', () => {
    const rooms = [waiting('room_a', 1), waiting('room_b', 30), waiting('room_c', 3)];
    const v = badgeView(input(rooms));
    // One lost conversation (30 h) does not keep the badge red while the next client has an hour left.
    const first = answerNext(awaitingRooms(rooms, NOW), NOW, WINDOWS)[0];
    expect(first.thread.roomId).toBe('room_a');
    expect(v).toMatchObject({ text: '3', color: BADGE_COLOR[first.status.state] });
    expect(v.color).not.toBe(BADGE_COLOR.overdue);
    expect(v.title).toContain('3 clients waiting');
    // Once that one is answered, the next row's colour: the late room (3 h) comes before the missed one.
    expect(badgeView(input([rooms[1], rooms[2]])).color).toBe(BADGE_COLOR.late);
    expect(badgeView(input([rooms[1]])).color).toBe(BADGE_COLOR.overdue);
  });
  it('“every state is told twice”: the next room’s state is on the badge’s text as well as its fill, and in words in its title', () => {
    const onTime = badgeView(input([waiting('room_a', 1)]));
    const late = badgeView(input([waiting('room_a', 3)]));
    const missed = badgeView(input([waiting('room_a', 30), waiting('room_b', 40)]));
    const sevenDay = badgeView(input([{ ...waiting('room_a', 8 * 24), contract: 'active' }]));
    expect([onTime.text, late.text, missed.text, sevenDay.text]).toEqual(['1', '1', '2!', '1!!']);
    // Without colour the four still read apart: by the cue, and open windows by their fills' lightness.
    expect(new Set([onTime, late, missed, sevenDay].map((v) => v.text + v.color)).size).toBe(4);
    expect(onTime.title).toMatch(/next: 1 h$/);
    expect(missed.title).toMatch(/next: Missed$/);
    expect(sevenDay.title).toMatch(/next: 7-day!$/);
    // Past 99 the badge has no room for a cue; the count stays whole.
    const many = Array.from({ length: 120 }, (_, i) => waiting(`room_${i}`, 30));
    expect(badgeView(input(many)).text).toBe('99+');
  });
  it('“never read” and “nothing owed” look different: a grey “?” against a blank badge', () => {
    const never = badgeView(input([], { status: EMPTY_STATUS }));
    const none = badgeView(input([]));
    expect(never.text).toBe('?');
    expect(none.text).toBe('');
    expect(never.color).not.toBe(none.color);
    expect(never.title).not.toBe(none.title);
  });
  it('its text colour reads on its fill: dark on the light late fill, white on the others', () => {
    expect(badgeView(input([waiting('room_c', 3)]))).toMatchObject({ color: BADGE.late.fill, textColor: BADGE.late.text });
    expect(badgeView(input([waiting('room_b', 30)]))).toMatchObject({ color: BADGE.overdue.fill, textColor: '#ffffff' });
  });
  it('counts only rooms past best practice when the user asks for that, and never a snoozed one', () => {
    const rooms = [
      waiting('room_a', 1),
      waiting('room_b', 3),
      { ...waiting('room_c', 30), snooze: { until: NOW + HOUR, lastAt: NOW - 30 * HOUR } },
    ];
    expect(badgeView(input(rooms)).text).toBe('2');
    expect(badgeView(input(rooms, { settings: { ...DEFAULT_SETTINGS, badgeCounts: 'past-best-practice' } })).text).toBe('1');
  });
  it('never goes silent when it cannot see: a stale count carries "?"', () => {
    const unrecognised = { ...READ, layout: 'unrecognised' as const };
    expect(badgeView(input([waiting('room_a', 1)], { status: unrecognised }))).toMatchObject({ text: '1?', color: STALE_COLOR });
    expect(badgeView(input([], { status: unrecognised })).text).toBe('?');
    expect(badgeView(input([], { status: EMPTY_STATUS })).text).toBe('?');
  });
  it('an old view is shown as such, never blank, once the last read is older than the threshold', () => {
    const old = { ...READ, lastReadAt: NOW - 3 * HOUR };
    const v = badgeView(input([waiting('room_a', 1)], { status: old }));
    expect(v).toMatchObject({ text: '1', color: STALE_COLOR });
    expect(v.title).toContain('3 h ago');
    expect(badgeView(input([], { status: old }))).toMatchObject({ text: '…', color: STALE_COLOR });
    // Within the threshold (default 2 h) it is current.
    expect(badgeView(input([waiting('room_a', 1)], { status: { ...READ, lastReadAt: NOW - HOUR } })).color).not.toBe(STALE_COLOR);
    expect(badgeView(input([], { status: old, settings: { ...DEFAULT_SETTINGS, staleAfterHours: 4 } })).text).toBe('');
  });
  it('a storage error outranks the count, and away mode shows as "z"', () => {
    expect(badgeView(input([waiting('room_a', 1)], { storageError: { at: NOW, message: 'quota' } }))).toMatchObject({
      text: '!',
      color: ERROR_COLOR,
    });
    expect(badgeView(input([waiting('room_a', 1)], { away: true })).text).toBe('z1');
  });
});

describe('the badge adapter', () => {
  const badgeText = () => fakeBrowser.action.getBadgeText({});
  it('keeps "!" through a refresh while the storage error lasts, and shows the count once it is cleared', async () => {
    const seenAt = Date.now();
    const row = {
      roomId: 'room_' + 'a'.repeat(32),
      name: 'Ana',
      title: 'Logo',
      lastBy: 'client' as const,
      lastAt: { earliest: seenAt - HOUR, latest: seenAt - HOUR },
    };
    await storeObservation({ seenAt, layout: 'ok', missing: [], rows: [row], open: null, selfName: null });
    await refresh();
    expect(await badgeText()).toBe('1');
    await reportStorageError(new Error('QuotaExceededError'), seenAt);
    await refresh();
    expect(await badgeText()).toBe('!');
    // A later refresh (an alarm, a wake-up) must not paint the count over the error.
    await refresh();
    expect(await badgeText()).toBe('!');
    await clearStorageError();
    await refresh();
    expect(await badgeText()).toBe('1');
  });
});
