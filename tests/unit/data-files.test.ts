import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA, checkBackup, makeBackup, pageAfterRestore, restorePlan } from '@/utils/storage/backup';
import { csvCell, logToCsv } from '@/utils/storage/csv';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { tellClientBy } from '@/utils/rules/room-actions';
import { deadlineThreshold } from '@/utils/rules/notify-plan';
import { EMPTY_STATUS, emptyThread, pageAfter } from '@/utils/rules/threads';
import { STALE_COLOR } from '@/utils/rules/badge';
import { sightOf } from '@/utils/rules/sight';
import type { LogEntry, Thread } from '@/utils/model/types';
import { DAY } from '@/utils/model/time';
import type { Backup } from '@/utils/storage/backup';
import { backupText, NOW, PAGE, THREADS, useRestored } from './restored';

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
      'room_id,client,job_title,kind,client_wrote_at,client_time_exact,replied_at,reply_time_exact,response_minutes,on_contract,reply_target,direct_messages',
    );
    expect(row).toBe(
      `${ROOM},"Smith, ""Big"" Co","Logo, v2",reply,2026-11-20T10:30:00.000Z,true,2026-11-20T12:00:00.000Z,false,90,true,upwork 2h/24h/7d,false`,
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
    expect(restorePlan(c.backup, new Map(), new Set(), T)).toMatchObject({ threads: [{ roomId: ROOM }], log: [{ id: entry.id }] });
    const newer = { ...thread, updatedAt: T + 1 };
    expect(restorePlan(c.backup, new Map([[ROOM, newer]]), new Set([entry.id]), T)).toEqual({ threads: [], log: [] });
  });
});

describe('restore shows what it restored', () => {
  it('on a new computer (nothing stored), the popup lists the restored rooms from a backup dated…, and the badge counts them in grey', () => {
    const c = checkBackup(backupText(), NOW);
    if (!c.ok) throw new Error(c.reason);
    // Even a backup of a page never read shows its rooms: the backup's date is what they are known as of.
    const unread = { ...c.backup, page: EMPTY_STATUS };
    for (const backup of [c.backup, unread]) {
      const used = useRestored(backup, NOW + 3 * 3_600_000);
      expect(used.popupText).toContain('Rooms from a backup dated Nov 20, 2026, until Upwork Messages is read again.');
      expect(used.popupText).toContain('Bo Chan');
      expect(used.popupText).not.toContain('never');
      expect(used.badge).toMatchObject({ text: '2', color: STALE_COLOR });
    }
  });
  it('the next recognised read of the page ends it; an unrecognised one does not', () => {
    const restored = { ...EMPTY_STATUS, lastReadAt: NOW - DAY, restoredFrom: NOW };
    const read = (layout: 'ok' | 'unrecognised') => ({ seenAt: NOW + 1, layout, missing: [], rows: [], open: null, selfName: null });
    expect(pageAfter(restored, read('unrecognised')).restoredFrom).toBe(NOW);
    expect(pageAfter(restored, read('ok')).restoredFrom).toBeNull();
    expect(sightOf(pageAfter(restored, read('ok')), DEFAULT_SETTINGS, NOW + 2).kind).toBe('current');
  });
  it('keeps the later of the stored and the restored last read', () => {
    const c = checkBackup(backupText(), NOW);
    if (!c.ok) throw new Error(c.reason);
    expect(pageAfterRestore({ ...EMPTY_STATUS, lastReadAt: NOW - 1 }, c.backup, NOW).lastReadAt).toBe(NOW - 1);
    expect(pageAfterRestore({ ...EMPTY_STATUS, lastReadAt: NOW - 9 * DAY }, c.backup, NOW).lastReadAt).toBe(PAGE.lastReadAt);
  });
});

describe('a crafted or damaged backup is refused with the field, and never breaks the extension', () => {
  const edit = (change: (b: Backup) => void) => {
    const b = JSON.parse(backupText()) as Backup;
    change(b);
    return JSON.stringify(b);
  };
  /** The same file, restored without any check: what today's symptoms come from. */
  const unchecked = (text: string) => JSON.parse(text) as Backup;
  const YEAR_2100 = Date.UTC(2100, 0, 1);

  it('our own backup restores, and the rooms it holds are shown, exported and followed', () => {
    const c = checkBackup(backupText(), NOW);
    if (!c.ok) throw new Error(c.reason);
    const used = useRestored(c.backup);
    expect(used.popupText).toContain('Bo Chan');
    expect(used.csv.split('\r\n')).toHaveLength(3);
    expect(used.followed).toBe(3);
  });
  it('last.before that is not a list of message ids: every later merge of the room would throw', () => {
    const text = edit((b) => (b.threads[0].last!.before = 5 as never));
    expect(() => useRestored(unchecked(text))).toThrow();
    expect(checkBackup(text, NOW)).toEqual({ ok: false, reason: 'This file is damaged: room 1 is not valid (last.before).' });
  });
  it('a deadline far past any date: the popup would go blank', () => {
    const text = edit((b) => (b.threads[0].deadline = 9e15));
    expect(() => useRestored(unchecked(text))).toThrow();
    expect(checkBackup(text, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('room 1 is not valid (deadline)') });
  });
  it('a log time past any date: the CSV export would throw', () => {
    const text = edit((b) => (b.log[0].replyAt = 8.64e15 + 1));
    expect(() => useRestored(unchecked(text))).toThrow();
    expect(checkBackup(text, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('log entry 1 is not valid (replyAt)') });
  });
  it('a last message in the year 2100: the room would never follow a new message', () => {
    const text = edit((b) => (b.threads[1].last!.at = { earliest: YEAR_2100, latest: YEAR_2100 }));
    expect(useRestored(unchecked(text)).followed).toBe(2);
    expect(checkBackup(text, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('room 2 is not valid (last.at)') });
  });
  it('a change time from the far future would win every later restore; within a year, it is capped at now', () => {
    const text = edit((b) => (b.threads[1].updatedAt = 9e15));
    const newer = { ...THREADS[1], name: 'Bo Chan (new)', updatedAt: NOW + 1 };
    const restoreNewer = (stored: Thread) =>
      restorePlan({ ...unchecked(text), threads: [newer] }, new Map([[newer.roomId, stored]]), new Set(), NOW + 2).threads;
    expect(restoreNewer({ ...THREADS[1], updatedAt: 9e15 })).toEqual([]);
    expect(checkBackup(text, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('room 2 is not valid (updatedAt)') });
    const ahead = checkBackup(
      edit((b) => (b.threads[1].updatedAt = NOW + DAY)),
      NOW,
    );
    if (!ahead.ok) throw new Error(ahead.reason);
    const restored = restorePlan(ahead.backup, new Map(), new Set(), NOW).threads[1];
    expect(restored.updatedAt).toBe(NOW);
    expect(restoreNewer(restored)).toEqual([newer]);
  });
  it.each([
    ['a snooze without its end', (b: Backup) => (b.threads[0].snooze = { lastAt: NOW } as never), 'room 1 is not valid (snooze.until)'],
    ['an unknown contract tag', (b: Backup) => (b.threads[0].contractTag = 'maybe' as never), 'room 1 is not valid (contractTag)'],
    [
      'a dismissal without its wait',
      (b: Backup) => delete (b.threads[2].dismissed as Partial<Thread['dismissed']>)!.waitingSince,
      'room 3 is not valid (dismissed.waitingSince)',
    ],
    ['a name of 5000 characters', (b: Backup) => (b.threads[1].name = 'x'.repeat(5000)), 'room 2 is not valid (name)'],
    [
      'a range that ends before it begins',
      (b: Backup) => (b.threads[1].last!.at = { earliest: NOW, latest: NOW - 1 }),
      'room 2 is not valid (last.at)',
    ],
    ['a time before 2000', (b: Backup) => (b.threads[1].waitingSince = 5), 'room 2 is not valid (waitingSince)'],
    [
      'a reply before the message it answers',
      (b: Backup) => (b.log[0].replyAt = b.log[0].clientAt - 1),
      'log entry 1 is not valid (replyAt)',
    ],
    [
      'a page record with a bad last read',
      (b: Backup) => (b.page.lastReadAt = 'yesterday' as never),
      'Messages page is not valid (lastReadAt)',
    ],
    ['no date', (b: Backup) => (b.exportedAt = 'soon'), 'no valid date'],
  ])('refuses %s, naming it', (_, change, reason) => {
    expect(checkBackup(edit(change), NOW)).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });
  it('fields it does not know are not restored', () => {
    const c = checkBackup(
      edit((b) => Object.assign(b.threads[0], { extra: 'x'.repeat(900) })),
      NOW,
    );
    expect(c.ok && Object.keys(c.backup.threads[0])).not.toContain('extra');
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
