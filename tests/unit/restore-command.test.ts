// A restore is whole or nothing that matters: when the browser refuses the
// settings, no room or log entry has been written, and the user is told why.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/entrypoints/background/commands';
import { allLog, allThreads, closeDb, pageStatus } from '@/utils/storage/db';
import { loadSettings } from '@/utils/storage/settings-storage';
import { backupText } from './restored';

// The badge, alarms and warnings are not what this test is about (an empty view: no page marks to push).
vi.mock('@/entrypoints/background/refresh', () => ({
  refresh: async () => ({ view: { rooms: [], lengths: {} }, status: { selfName: null } }),
}));

beforeEach(async () => {
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
    fakeBrowser.storage.sync.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const answer = await runCommand({ type: 'user:restore', backup: backupText() });
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('QUOTA_BYTES quota exceeded');
    expect(await allThreads()).toEqual([]);
    expect(await allLog()).toEqual([]);
    expect((await pageStatus()).restoredFrom ?? null).toBeNull();
  });
});
