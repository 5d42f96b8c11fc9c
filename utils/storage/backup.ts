// The JSON backup of everything Reply Window stores, and the checks a file
// must pass before a restore may touch anything. Restores merge: nothing is
// duplicated, and a room's newer state is never replaced by an older one.
import { t } from '@/utils/text/i18n';
import { isObj } from '@/utils/protocol/guards';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { checkSettings, type Settings } from '@/utils/rules/settings';
import type { Invitation, LogEntry, PageStatus, Thread } from '@/utils/model/types';
import { DB_VERSION } from './schema';
import { answeredBeforeAsked, badField, MAX_LOG, MAX_THREADS, pickFields, recordShapes } from './backup-records';
import { invitationsProblem } from './backup-invitations';
import { checkTemplates, type Template } from '@/utils/rules/templates';
import { mergeRooms, sameRoom } from '@/utils/rules/room-merge';
import { choicesOf, withChoices } from '@/utils/rules/choices';

export const BACKUP_APP = 'reply-window';
/** The IndexedDB schema the backup was written from. */
export const BACKUP_SCHEMA = DB_VERSION;

export interface Backup {
  app: typeof BACKUP_APP;
  kind: 'backup';
  schema: number;
  exportedAt: string;
  settings: Settings;
  page: PageStatus;
  threads: Thread[];
  log: LogEntry[];
  /** Invitations to apply (schema 4 on; older backups have none). */
  invitations?: Invitation[];
  /** The user's own holding-reply templates; absent while they use the defaults (in their language). */
  templates?: Template[];
}

export function makeBackup(
  now: number,
  settings: Settings,
  page: PageStatus,
  threads: Thread[],
  log: LogEntry[],
  invitations: Invitation[] = [],
  templates: Template[] | null = null,
): string {
  const b: Backup = {
    app: BACKUP_APP,
    kind: 'backup',
    schema: BACKUP_SCHEMA,
    exportedAt: new Date(now).toISOString(),
    settings,
    page,
    threads,
    log,
    invitations,
    ...(templates && { templates }),
  };
  return JSON.stringify(b, null, 2);
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Checks a file's text; a file that is not ours, newer, or damaged is refused with the reason. */
export function checkBackup(text: string, now = Date.now()): BackupCheck {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('restoreNotJson') };
  }
  if (!isObj(v) || v.app !== BACKUP_APP || v.kind !== 'backup') return { ok: false, reason: t('restoreNotOurs') };
  if (typeof v.schema !== 'number' || !Number.isInteger(v.schema) || v.schema < 1) return { ok: false, reason: t('restoreNoVersion') };
  if (v.schema > BACKUP_SCHEMA)
    return {
      ok: false,
      reason: t('restoreNewer', v.schema),
    };
  const shapes = recordShapes(now);
  const exportedAt = typeof v.exportedAt === 'string' ? Date.parse(v.exportedAt) : NaN;
  if (!shapes.isTime(exportedAt)) return { ok: false, reason: t('restoreNoDate') };
  const log = v.log ?? [];
  if (!Array.isArray(v.threads) || !Array.isArray(log)) return { ok: false, reason: t('restoreNoRooms') };
  if (v.threads.length > MAX_THREADS || log.length > MAX_LOG) return { ok: false, reason: t('restoreTooMany') };
  for (const [i, room] of v.threads.entries()) {
    const bad = badField(room, shapes.thread);
    if (bad !== null) return { ok: false, reason: t('restoreBadRoom', i + 1, bad || '-') };
  }
  for (const [i, entry] of log.entries()) {
    const bad = badField(entry, shapes.log) ?? (answeredBeforeAsked(entry as LogEntry) ? 'replyAt' : null);
    if (bad !== null) return { ok: false, reason: t('restoreBadEntry', i + 1, bad || '-') };
  }
  const page = v.page ?? EMPTY_STATUS;
  const badPage = badField(page, shapes.page);
  if (badPage !== null) return { ok: false, reason: t('restoreBadPage', badPage || '-') };
  const badInvitation = invitationsProblem(v.invitations, shapes.isTime);
  if (badInvitation !== null) return { ok: false, reason: t('restoreBadInvitation', badInvitation) };
  const templates = v.templates === undefined ? null : checkTemplates(v.templates);
  if (templates && !templates.ok) return { ok: false, reason: t('restoreBadTemplates', Object.values(templates.errors).join(' ')) };
  const settings = checkSettings(v.settings);
  if (!settings.ok) return { ok: false, reason: t('restoreBadSettings', Object.keys(settings.errors).join(', ')) };
  return {
    ok: true,
    backup: {
      app: BACKUP_APP,
      kind: 'backup',
      schema: v.schema,
      exportedAt: new Date(exportedAt).toISOString(),
      settings: settings.value,
      page: pickFields<PageStatus>(page, shapes.page),
      threads: v.threads.map((r) => pickFields<Thread>(r, shapes.thread)),
      log: log.map((e) => pickFields<LogEntry>(e, shapes.log)),
      invitations: (v.invitations ?? []) as Invitation[],
      ...(templates?.ok && { templates: templates.value }),
    },
  };
}

/**
 * What a restore writes: rooms that are new, or that the merge with the backup changes (the page's
 * evidence by recency, each choice by when it was set: utils/rules/room-merge.ts), and log entries not yet
 * stored. Times of change are capped at `now`, so a backup from a clock that ran ahead cannot win every
 * later restore.
 */
export function restorePlan(
  backup: Backup,
  threads: ReadonlyMap<string, Thread>,
  logIds: ReadonlySet<string>,
  now: number,
): { threads: Thread[]; log: LogEntry[] } {
  return {
    threads: backup.threads.flatMap((raw) => {
      const t = capAt(raw, now);
      const stored = threads.get(t.roomId);
      // A room new here keeps its choices' times as the backup implies them (an old backup has none).
      if (!stored) return [withChoices(t, choicesOf(t))];
      const merged = mergeRooms(stored, t);
      return sameRoom(merged, stored) ? [] : [merged];
    }),
    log: backup.log.filter((e) => !logIds.has(e.id)),
  };
}

const capAt = (t: Thread, now: number): Thread => ({
  ...t,
  updatedAt: Math.min(t.updatedAt, now),
  ...(t.chosenAt && { chosenAt: Object.fromEntries(Object.entries(t.chosenAt).map(([k, at]) => [k, Math.min(at, now)])) }),
});

/**
 * The page record after a restore: the backup's last read when it is later
 * (so a new computer does not say "never opened"), and the backup's date, shown
 * until the page is read again.
 */
export function pageAfterRestore(stored: PageStatus, backup: Backup, now: number): PageStatus {
  const read = Math.min(Math.max(stored.lastReadAt ?? -1, backup.page.lastReadAt ?? -1), now);
  return {
    ...stored,
    lastReadAt: read < 0 ? null : read,
    selfName: stored.selfName ?? backup.page.selfName,
    restoredFrom: Date.parse(backup.exportedAt),
  };
}
