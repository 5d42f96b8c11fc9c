// The JSON backup of everything Reply Window stores, and the checks a file
// must pass before a restore may touch anything. Restores merge: nothing is
// duplicated, and a room's newer state is never replaced by an older one.
import { t } from '@/utils/text/i18n';
import { isObj, isRange, isRoomId, isStr, isTime, oneOf } from '@/utils/protocol/guards';
import { checkSettings, type Settings } from '@/utils/rules/settings';
import type { Invitation, LogEntry, PageStatus, Thread } from '@/utils/model/types';
import { DB_VERSION } from './schema';
import { isOptTerms } from '@/utils/protocol/invitation-guards';
import { invitationsProblem } from './backup-invitations';

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
}

export function makeBackup(
  now: number,
  settings: Settings,
  page: PageStatus,
  threads: Thread[],
  log: LogEntry[],
  invitations: Invitation[] = [],
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
  };
  return JSON.stringify(b, null, 2);
}

const isBool = (v: unknown) => typeof v === 'boolean';
const isOptTime = (v: unknown) => v === undefined || v === null || isTime(v);

function isThread(v: unknown): v is Thread {
  if (!isObj(v) || !isRoomId(v.roomId) || !isStr(v.name) || !isStr(v.title) || !oneOf(v.contract, ['active', 'ended', 'unknown'] as const))
    return false;
  const last = v.last;
  if (last !== null && !(isObj(last) && oneOf(last.by, ['client', 'freelancer'] as const) && isRange(last.at) && isTime(last.seenAt)))
    return false;
  return (
    (v.waitingSince === null || isTime(v.waitingSince)) &&
    isBool(v.exact) &&
    (v.answeredSeenAt === null || isTime(v.answeredSeenAt)) &&
    isTime(v.updatedAt) &&
    isOptTime(v.deadline) &&
    isOptTerms(v.terms)
  );
}

function isLogEntry(v: unknown): v is LogEntry {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isRoomId(v.roomId) &&
    oneOf(v.kind, ['reply', 'no-reply-needed'] as const) &&
    isTime(v.clientAt) &&
    isTime(v.replyAt) &&
    isBool(v.clientExact) &&
    isBool(v.replyExact) &&
    isBool(v.contract) &&
    isOptTerms(v.terms)
  );
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; reason: string };

/** Checks a file's text; a file that is not ours, newer, or damaged is refused with the reason. */
export function checkBackup(text: string): BackupCheck {
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
  if (!Array.isArray(v.threads) || !Array.isArray(v.log ?? [])) return { ok: false, reason: t('restoreNoRooms') };
  const badThread = v.threads.findIndex((t) => !isThread(t));
  if (badThread >= 0) return { ok: false, reason: t('restoreBadRoom', badThread + 1) };
  const log = (v.log ?? []) as unknown[];
  const badEntry = log.findIndex((e) => !isLogEntry(e));
  if (badEntry >= 0) return { ok: false, reason: t('restoreBadEntry', badEntry + 1) };
  const badInvitation = invitationsProblem(v.invitations);
  if (badInvitation !== null) return { ok: false, reason: t('restoreBadInvitation', badInvitation) };
  const settings = checkSettings(v.settings);
  if (!settings.ok) return { ok: false, reason: t('restoreBadSettings') };
  return { ok: true, backup: { ...(v as unknown as Backup), settings: settings.value, log: log as LogEntry[] } };
}

/** What a restore writes: rooms that are new or newer in the backup, and log entries not yet stored. */
export function restorePlan(
  backup: Backup,
  threads: ReadonlyMap<string, Thread>,
  logIds: ReadonlySet<string>,
): { threads: Thread[]; log: LogEntry[] } {
  return {
    threads: backup.threads.filter((t) => (threads.get(t.roomId)?.updatedAt ?? -1) < t.updatedAt),
    log: backup.log.filter((e) => !logIds.has(e.id)),
  };
}
