// The JSON backup of everything Reply Window stores.
import { allThreads, DB_VERSION, pageStatus } from './db';
import { loadSettings } from './settings-storage';

export const BACKUP_APP = 'reply-window';

export async function backupJson(now: number): Promise<string> {
  const [threads, page, settings] = await Promise.all([allThreads(), pageStatus(), loadSettings()]);
  return JSON.stringify({ app: BACKUP_APP, kind: 'backup', schema: DB_VERSION, exportedAt: new Date(now).toISOString(), settings, page, threads }, null, 2);
}
