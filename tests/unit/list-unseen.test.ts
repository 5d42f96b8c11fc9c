// A conversation read without its room list, and a room list that cannot be read with a room open.
// On main both counted as a normal, current read of every room: lastReadAt moved on, the badge had
// no "?", and nothing told the user (tests/fixtures/pages/room-no-list-2026.html, room-list-unreadable.html).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readChanges, readPage } from '@/utils/upwork/read-page';
import { EMPTY_STATUS, emptyThread, mergeObservation, pageAfter } from '@/utils/rules/threads';
import { sightOf } from '@/utils/rules/sight';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import type { PageStatus, Thread } from '@/utils/model/types';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York
const HOUR = 3_600_000;
const id = (tail: string) => `room_${tail.padStart(32, '0')}`;
const load = (name: string) =>
  new DOMParser().parseFromString(fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW), 'text/html');
const URL_A1 = `https://www.upwork.com/ab/messages/rooms/${id('a1')}`;
const earlier: PageStatus = { ...EMPTY_STATUS, lastReadAt: NOW.getTime() - HOUR, checkedAt: NOW.getTime() - HOUR, layout: 'ok' };
const waiting = (tail: string): Thread => {
  const at = NOW.getTime() - 3 * HOUR;
  return { ...emptyThread(id(tail), at), last: { by: 'client', at: { earliest: at, latest: at + 59_999 }, seenAt: at }, waitingSince: at };
};

describe('a conversation without its room list', () => {
  const obs = readPage(load('room-no-list-2026.html'), URL_A1, NOW.getTime(), 'Alex Rivera');
  it('reads the conversation, and says the room list was not seen', () => {
    expect(obs.open?.messages.map((m) => m.side)).toEqual(['client', 'freelancer']);
    expect(obs.layout).toBe('ok');
    expect(obs.missing).toEqual(['room_list']);
    expect(obs.rows).toEqual([]);
  });
  it('is no read of the other rooms: they keep their state, and the view is not made current for them', () => {
    const stored = new Map([waiting('a1'), waiting('a2')].map((t) => [t.roomId, t]));
    const changed = mergeObservation(stored, obs);
    expect(changed.map((t) => [t.roomId, t.waitingSince])).toEqual([[id('a1'), null]]); // the reply ended the open room's wait
    expect(pageAfter(earlier, obs).lastReadAt).toBe(earlier.lastReadAt);
  });
  it('an incremental read of the conversation says so too', () => {
    const again = readChanges(load('room-no-list-2026.html'), URL_A1, [], true, NOW.getTime(), 'Alex Rivera');
    expect(again?.missing).toContain('room_list');
    expect(pageAfter(earlier, again!).lastReadAt).toBe(earlier.lastReadAt);
  });
});

describe('not silently blind: a room list that cannot be read, with a room open', () => {
  const obs = readPage(load('room-list-unreadable.html'), URL_A1, NOW.getTime(), 'Alex Rivera');
  it('unreadable times and rows: not a read of the list; the layout is not recognised, and what is missing is named', () => {
    expect(obs.layout).toBe('unrecognised');
    expect(obs.missing).toEqual(expect.arrayContaining(['time', 'unreadable']));
    expect(obs.open?.messages).toHaveLength(2); // the conversation is still read
  });
  it('the view is not current ("?" on the badge), and the counts are kept, never zeroed', () => {
    const status = pageAfter(earlier, obs);
    expect(status.lastReadAt).toBe(earlier.lastReadAt);
    expect(sightOf(status, DEFAULT_SETTINGS, NOW.getTime()).kind).toBe('unrecognised');
    const stored = new Map([waiting('a2')].map((t) => [t.roomId, t]));
    const after = mergeObservation(stored, obs).find((t) => t.roomId === id('a2')) ?? stored.get(id('a2'))!;
    expect(after.waitingSince).toBe(waiting('a2').waitingSince);
  });
  it('a list with no row at all (and no empty-inbox text) beside an open room is not read either', () => {
    const doc = load('room-list-unreadable.html');
    for (const row of doc.querySelectorAll('a[data-test="room-list-item"]')) row.remove();
    const none = readPage(doc, URL_A1, NOW.getTime(), 'Alex Rivera');
    expect(none.layout).toBe('unrecognised');
    expect(none.missing).toContain('rows');
  });
});
