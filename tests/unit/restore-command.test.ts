// A restore is whole or nothing that matters: when the browser refuses the
// settings, no room or log entry has been written, and the user is told why.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/entrypoints/background/commands';
import { allLog, allThreads, closeDb, pageStatus } from '@/utils/storage/db';
import { loadSettings } from '@/utils/storage/settings-storage';
import { backupText, LOG, NOW, PAGE, THREADS } from './restored';
import { checkBackup, makeBackup } from '@/utils/storage/backup';
import { loadTemplates, storedTemplates } from '@/utils/storage/templates-storage';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';

const OWN = [{ id: 'soon', name: 'On it', text: 'Hi {name}, on it: answer by {by}.' }];
const withTemplates = (templates: unknown) => JSON.stringify({ ...JSON.parse(backupText()), templates });

// The badge, alarms and warnings are not what this test is about (an empty view: no page marks to push).
vi.mock('@/entrypoints/background/refresh', () => ({
  refresh: async () => ({ view: { rooms: [], lengths: {} }, status: { selfName: null } }),
}));

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('restore', () => {
  it('writes the rooms, the log, the settings and the backup date', async () => {
    const answer = await runCommand({ type: 'user:restore', backup: backupText().replace('"selfName": ""', '"selfName": "Alex"') });
    expect(answer).toEqual({ ok: true, message: 'Restored: 3 room(s) and 1 log entries added or updated.' });
    expect(await allThreads()).toHaveLength(3);
    expect(await allLog()).toHaveLength(1);
    expect((await loadSettings()).selfName).toBe('Alex');
    expect((await pageStatus()).restoredFrom).toBeGreaterThan(0);
  });
  it('when the browser refuses the settings, nothing is written and the reason is given', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const answer = await runCommand({ type: 'user:restore', backup: backupText() });
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('QUOTA_BYTES quota exceeded');
    expect(await allThreads()).toEqual([]);
    expect(await allLog()).toEqual([]);
    expect((await pageStatus()).restoredFrom ?? null).toBeNull();
  });
});

describe('holding-reply templates in the backup', () => {
  it('travel only when the user saved their own: the defaults stay in the language of the computer restored to', async () => {
    expect(await storedTemplates()).toBeNull();
    expect(JSON.parse(makeBackup(NOW, DEFAULT_SETTINGS, PAGE, THREADS, LOG, [], await storedTemplates()))).not.toHaveProperty('templates');
    const c = checkBackup(makeBackup(NOW, DEFAULT_SETTINGS, PAGE, THREADS, LOG, [], OWN));
    expect(c.ok && c.backup.templates).toEqual(OWN);
  });
  it('are restored with the rest', async () => {
    expect((await runCommand({ type: 'user:restore', backup: withTemplates(OWN) })).ok).toBe(true);
    expect(await loadTemplates()).toEqual(OWN);
  });
  it('a damaged template refuses the file, saying why, and changes nothing', async () => {
    const answer = await runCommand({ type: 'user:restore', backup: withTemplates([{ id: 'x', name: '', text: 'Hi' }]) });
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining('holding-reply templates are not valid') });
    expect(await allThreads()).toEqual([]);
    expect(await storedTemplates()).toBeNull();
  });
  it('when the browser refuses them, no room and no setting has been written, and the reason is given', async () => {
    const sync = fakeBrowser.storage.sync;
    const set = sync.set.bind(sync);
    vi.spyOn(sync, 'set').mockImplementation(async (items) => {
      if ('templates' in items) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      return set(items);
    });
    const backup = withTemplates(OWN).replace('"selfName": ""', '"selfName": "Alex"');
    const answer = await runCommand({ type: 'user:restore', backup });
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining('QUOTA_BYTES_PER_ITEM') });
    expect(await allThreads()).toEqual([]);
    // Nor the settings: the two are written together, or not at all.
    expect((await loadSettings()).selfName).toBe('');
  });
});
