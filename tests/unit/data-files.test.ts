import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA, checkBackup, makeBackup, restorePlan } from '@/utils/storage/backup';
import { csvCell, logToCsv } from '@/utils/storage/csv';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { tellClientBy } from '@/utils/rules/room-actions';
import { deadlineThreshold } from '@/utils/rules/notify-plan';
import { EMPTY_STATUS, emptyThread } from '@/utils/rules/threads';
import type { LogEntry, Thread } from '@/utils/model/types';

const ROOM = 'room_' + 'e'.repeat(32);
const T = Date.UTC(2026, 10, 20, 12);
const thread: Thread = { ...emptyThread(ROOM, T), name: 'Smith, "Big" Co', title: 'Logo, v2' };
const entry: LogEntry = {
  id: `${ROOM}|${T}`,
  roomId: ROOM,
  kind: 'reply',
  clientAt: T - 90 * 60_000,
  clientExact: true,
  replyAt: T,
  replyExact: false,
  contract: true,
};

describe('CSV of the response log', () => {
  it('one row per reply, ISO times, names with commas and quotes quoted', () => {
    const csv = logToCsv([entry], new Map([[ROOM, thread]]));
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'room_id,client,job_title,kind,client_wrote_at,client_time_exact,replied_at,reply_time_exact,response_minutes,on_contract,reply_target',
    );
    expect(row).toBe(
      `${ROOM},"Smith, ""Big"" Co","Logo, v2",reply,2026-11-20T10:30:00.000Z,true,2026-11-20T12:00:00.000Z,false,90,true,upwork 2h/24h/7d`,
    );
  });
  it('a cell a spreadsheet would run as a formula is defused', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
  });
});

describe('restore checks the file first', () => {
  const good = makeBackup(T, DEFAULT_SETTINGS, EMPTY_STATUS, [thread], [entry]);
  it('accepts our own backup', () => {
    const c = checkBackup(good);
    expect(c.ok && c.backup.threads[0].name).toBe('Smith, "Big" Co');
  });
  it.each([
    ['a file that is not JSON', '{"app": "reply-window", ', 'not valid JSON'],
    ['a file that is not ours', JSON.stringify({ app: 'other', kind: 'backup', schema: 1, threads: [] }), 'not a Reply Window backup'],
    ['a file from a newer version', good.replace(`"schema": ${BACKUP_SCHEMA}`, `"schema": ${BACKUP_SCHEMA + 1}`), 'newer version'],
    ['a damaged room', good.replace(`"roomId": "${ROOM}"`, '"roomId": "<img src=x>"'), 'room 1 is not valid'],
    ['damaged settings', good.replace('"bestPracticeHours": 2', '"bestPracticeHours": "two"'), 'settings'],
  ])('refuses %s', (_, text, reason) => {
    const c = checkBackup(text);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.reason).toContain(reason);
  });
  it('a valid restore merges without duplicates, and never replaces a newer room with an older one', () => {
    const c = checkBackup(good);
    if (!c.ok) throw new Error(c.reason);
    expect(restorePlan(c.backup, new Map(), new Set())).toMatchObject({ threads: [{ roomId: ROOM }], log: [{ id: entry.id }] });
    const newer = { ...thread, updatedAt: T + 1 };
    expect(restorePlan(c.backup, new Map([[ROOM, newer]]), new Set([entry.id]))).toEqual({ threads: [], log: [] });
  });
});

describe('deadline arithmetic', () => {
  const ORIGINAL_TZ = process.env.TZ;
  afterEach(() => void (process.env.TZ = ORIGINAL_TZ));
  it.each([
    // zone, deadline (local), tell-by (local): 24 real hours earlier, so the clock reading moves across a change
    ['America/New_York', [2026, 3, 8, 10], [2026, 3, 7, 9]], // spring forward on Mar 8
    ['Europe/London', [2026, 10, 25, 10], [2026, 10, 24, 11]], // fall back on Oct 25
    ['Australia/Sydney', [2026, 10, 4, 10], [2026, 10, 3, 9]], // spring forward on Oct 4
  ])('%s', (tz, [y, m, d, h], [by, bm, bd, bh]) => {
    process.env.TZ = tz;
    const deadline = new Date(y, m - 1, d, h).getTime();
    expect(tellClientBy(deadline)).toBe(new Date(by, bm - 1, bd, bh).getTime());
    expect(deadline - tellClientBy(deadline)).toBe(24 * 3_600_000);
  });
  it('the notice goes away once the deadline has passed', () => {
    const t = { ...thread, deadline: T + 3_600_000 };
    expect(deadlineThreshold(t, T)?.at).toBe(T + 3_600_000 - 24 * 3_600_000);
    expect(deadlineThreshold(t, T + 3_600_000)).toBeNull();
  });
});
