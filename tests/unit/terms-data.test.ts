// Agreed terms and invitations in the user's data files: they travel in the
// backup, a damaged one is refused with the reason, and the CSV says which target applied.
import { describe, expect, it } from 'vitest';
import type { Invitation, LogEntry, Thread } from '@/utils/model/types';
import { checkBackup, makeBackup } from '@/utils/storage/backup';
import { logToCsv } from '@/utils/storage/csv';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';

const ROOM = 'room_0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const T = Date.UTC(2026, 10, 20, 12);
const terms = { hours: 4, working: { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' } };
const thread: Thread = {
  roomId: ROOM,
  name: 'James Blue',
  title: 'Shop',
  contract: 'active',
  last: null,
  waitingSince: null,
  exact: true,
  answeredSeenAt: null,
  updatedAt: T,
  terms,
};
const entry: LogEntry = {
  id: `${ROOM}|${T}`,
  roomId: ROOM,
  kind: 'reply',
  clientAt: T - 3_600_000,
  clientExact: true,
  replyAt: T,
  replyExact: true,
  contract: true,
  terms,
};
const invitation: Invitation = {
  id: '1860000000000000001',
  title: 'Bakery theme',
  client: 'Crumb',
  receivedAt: T - 3_600_000,
  exact: false,
  firstSeenAt: T,
  lastSeenAt: T,
  ended: { at: T, how: 'declined' },
};

describe('the backup', () => {
  it('carries agreed terms and invitations, and gives them back', () => {
    const c = checkBackup(makeBackup(T, DEFAULT_SETTINGS, EMPTY_STATUS, [thread], [entry], [invitation]));
    expect(c.ok && c.backup.threads[0].terms).toEqual(terms);
    expect(c.ok && c.backup.invitations).toEqual([invitation]);
  });
  it('carries the Direct Messages tag, and refuses one that is not a time', () => {
    const c = checkBackup(makeBackup(T, DEFAULT_SETTINGS, EMPTY_STATUS, [{ ...thread, direct: T }], [entry]));
    expect(c.ok && c.backup.threads[0].direct).toBe(T);
    const file = JSON.parse(makeBackup(T, DEFAULT_SETTINGS, EMPTY_STATUS, [], []));
    expect(checkBackup(JSON.stringify({ ...file, threads: [{ ...thread, direct: 'yes' }] }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('direct'),
    });
  });
  it('refuses terms out of range and invitations whose id is not digits, saying which', () => {
    const bad = (threads: unknown[], invitations: unknown[]) =>
      checkBackup(JSON.stringify({ ...JSON.parse(makeBackup(T, DEFAULT_SETTINGS, EMPTY_STATUS, [], [])), threads, invitations }));
    expect(bad([{ ...thread, terms: { hours: 0.1, working: null } }], [])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('room 1'),
    });
    expect(bad([], [invitation, { ...invitation, id: 'abc' }])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Invitation 2'),
    });
  });
});

describe('the CSV', () => {
  it("says which target applied to each reply: agreed terms (overnight hours said so) or Upwork's windows", () => {
    const csv = logToCsv([entry, { ...entry, id: 'x', terms: undefined, contract: false }], new Map([[ROOM, thread]]));
    const [head, agreed, upwork] = csv.trim().split('\r\n');
    const column = (row: string) => row.split(',')[head.split(',').indexOf('reply_target')];
    expect(column(agreed)).toBe('agreed 4h working hours days 12345 22:00-06:00 overnight + upwork 7d');
    expect(column(upwork)).toBe('upwork 2h/24h');
  });
  it('says which replies were in rooms tagged Direct Messages (Upwork does not count them)', () => {
    const other = 'room_' + 'e'.repeat(32);
    const rooms = new Map([
      [ROOM, { ...thread, direct: T }],
      [other, { ...thread, roomId: other }],
    ]);
    const [head, tagged, untagged] = logToCsv([entry, { ...entry, id: 'y', roomId: other }], rooms)
      .trim()
      .split('\r\n');
    expect(head.split(',').at(-1)).toBe('direct_messages');
    expect([tagged.split(',').at(-1), untagged.split(',').at(-1)]).toEqual(['true', 'false']);
  });
});
