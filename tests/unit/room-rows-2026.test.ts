// Room rows as the 2026-08 layout shows them (tests/fixtures/pages/layout-2026-08.html).
// Each fact failed on main: the sidebar's room link was read as a row (reported "unreadable") and made a
// workroom's room unknown; "Client Name, Acme Inc" was kept whole as a name; a typing line with the row's
// old time flipped an answered room to a new client message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readPage } from '@/utils/upwork/read-page';
import { mergeObservation } from '@/utils/rules/threads';
import type { Observation, Thread } from '@/utils/model/types';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York
const MIN = 60_000;
const id = (tail: string) => `room_${tail.padStart(32, '0')}`;
const load = (name: string) =>
  new DOMParser().parseFromString(fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW), 'text/html');
const ROOM = (tail: string) => `https://www.upwork.com/ab/messages/rooms/${id(tail)}`;

describe('links outside the room panel are never rows', () => {
  it('the 2026-08 sidebar\'s "Messages" link to a room adds no row; the filter tabs are no rows', () => {
    const obs = readPage(load('layout-2026-08.html'), ROOM('f1'), NOW.getTime(), null);
    expect(obs.rows.map((r) => r.roomId)).toEqual(['f1', 'f2', 'f3', 'f4'].map(id));
    expect(obs.missing).not.toContain('unreadable');
  });
  it('with the room list not rendered, the sidebar link is no (unreadable) row either', () => {
    const doc = load('layout-2026-08.html');
    doc.querySelector('.rooms-panel')!.remove();
    const obs = readPage(doc, ROOM('f1'), NOW.getTime(), null);
    expect(obs.rows).toEqual([]);
    expect(obs.missing).not.toContain('unreadable');
  });
  it("a workroom in the 2026-08 layout is read: the sidebar's link to another room does not hide its own", () => {
    const doc = load('workroom-messages.html');
    const sidebar = doc.createElement('div');
    sidebar.className = 'ng-sidebar-layout-wrapper';
    const link = sidebar.appendChild(doc.createElement('nav')).appendChild(doc.createElement('a'));
    link.href = `/ab/messages/rooms/${id('f9')}`;
    link.textContent = 'Messages';
    doc.body.prepend(sidebar);
    const obs = readPage(doc, 'https://www.upwork.com/nx/wm/workroom/38812345/messages', NOW.getTime(), 'Alex Rivera');
    expect(obs.open?.roomId).toBe(id('e1'));
  });
});

describe("a row's name", () => {
  it('pageTitle "Client Name, Acme Inc": a company is no name variant', () => {
    const obs = readPage(load('layout-2026-08.html'), ROOM('f1'), NOW.getTime(), null);
    expect(obs.rows.find((r) => r.roomId === id('f2'))?.name).toBe('Client Name');
  });
});

describe("a preview that changes while the row's time does not", () => {
  const obs = readPage(load('layout-2026-08.html'), ROOM('f1'), NOW.getTime(), null);
  const typing = obs.rows.find((r) => r.roomId === id('f3'))!;
  it('a typing line in the preview says nothing of who wrote last (no time, so no evidence)', () => {
    expect(typing.lastAt).toBeNull();
    expect(obs.missing).not.toContain('time');
  });
  it('is no new client message: an answered room stays answered until the row shows a new time', () => {
    const t = Math.floor((NOW.getTime() - 40 * MIN) / MIN) * MIN;
    const minute = { earliest: t, latest: t + MIN - 1 };
    const answered: Thread = {
      roomId: id('f3'),
      name: 'Omar Haddad',
      title: '',
      contract: 'unknown',
      last: { by: 'freelancer', at: minute, seenAt: t + 1000 },
      waitingSince: null,
      exact: false,
      answeredSeenAt: t + 1000,
      updatedAt: t + 1000,
    };
    const flip = (at: typeof minute): Observation => ({
      seenAt: NOW.getTime(),
      layout: 'ok',
      missing: [],
      open: null,
      selfName: null,
      rows: [{ roomId: id('f3'), name: 'Omar Haddad', title: '', lastBy: 'client', lastAt: at }],
    });
    const stored = new Map([[id('f3'), answered]]);
    expect(mergeObservation(stored, flip(minute))).toEqual([]);
    // A new time is a new message.
    const later = { earliest: t + 5 * MIN, latest: t + 6 * MIN - 1 };
    expect(mergeObservation(stored, flip(later))[0]?.waitingSince).toBe(later.earliest);
  });
});
