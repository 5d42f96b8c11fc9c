// The user's settings: defaults, and a validator that returns either a whole
// valid value or the reasons it is not one (a bad value is never saved half-way).
// Kept in browser.storage.sync so they follow the user to their other browsers.
import { t } from '@/utils/text/i18n';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { type WindowName } from '@/utils/model/types';
import { WINDOWS } from './reply-windows';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: number;
  /** The two shorter windows; the 7-day policy is Upwork's and fixed. */
  bestPracticeHours: number;
  expectedHours: number;
  /** Minutes before each window closes to warn; several per window allowed. */
  leadMinutes: Record<WindowName, number[]>;
  quietHours: { enabled: boolean; start: string; end: string };
  /** May the 7-day policy warning break through quiet hours? Off unless the user allows it. */
  policyBreaksQuiet: boolean;
  /** Away mode: the counterpart of Upwork's "Not available for new work". `until` is a local date, YYYY-MM-DD. */
  away: { enabled: boolean; until: string | null };
  /** Fallback for rooms where the page does not reveal which author is the freelancer. */
  selfName: string;
  badgeCounts: 'all' | 'past-best-practice';
  /** After this long without a read of the Messages page, the count may be missing new messages. */
  staleAfterHours: number;
  /** Invitations to apply: counted on the badge with the rooms, or apart (tooltip and popup only). */
  badgeInvitations: 'with-rooms' | 'apart';
  /**
   * A routine: remind me to check Upwork Messages at `times` (local "HH:MM") on `days`
   * (0 = Sunday), and/or once the view is older than `oldViewHours` on those days (null: never).
   */
  reminder: { times: string[]; days: number[]; oldViewHours: number | null };
  /** Each reminder day at the start of the working day: the rooms overdue for a day or more. */
  overdueDigest: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  bestPracticeHours: WINDOWS['best-practice'] / HOUR,
  expectedHours: WINDOWS.expected / HOUR,
  leadMinutes: { 'best-practice': [30], expected: [180], policy: [24 * 60, 6 * 60] },
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
  policyBreaksQuiet: false,
  away: { enabled: false, until: null },
  selfName: '',
  badgeCounts: 'all',
  staleAfterHours: WINDOWS['best-practice'] / HOUR,
  badgeInvitations: 'with-rooms',
  reminder: { times: [], days: [1, 2, 3, 4, 5], oldViewHours: null },
  overdueDigest: true,
};

/** At most this many reminder times a day. */
export const MAX_REMINDER_TIMES = 6;

/** Window lengths in ms, as the rules take them. */
export function windowLengths(s: Settings): Record<WindowName, number> {
  return { 'best-practice': s.bestPracticeHours * HOUR, expected: s.expectedHours * HOUR, policy: WINDOWS.policy };
}

export type SettingsErrors = Partial<Record<string, string>>;
export type Checked = { ok: true; value: Settings } | { ok: false; errors: SettingsErrors };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Validates a whole settings object (merged over the defaults, so older saves gain new fields). */
export function checkSettings(input: unknown): Checked {
  const s: Settings = { ...known(DEFAULT_SETTINGS, input), version: SETTINGS_VERSION };
  const errors: SettingsErrors = {};
  if (!isNum(s.bestPracticeHours) || s.bestPracticeHours < 0.5 || s.bestPracticeHours > 12) errors.bestPracticeHours = t('errBestPractice');
  if (!isNum(s.expectedHours) || s.expectedHours > 72 || s.expectedHours <= s.bestPracticeHours) errors.expectedHours = t('errExpected');
  const lengths = windowLengths(s);
  for (const w of Object.keys(DEFAULT_SETTINGS.leadMinutes) as WindowName[]) {
    const leads = s.leadMinutes[w];
    const max = (lengths[w] ?? 0) / MINUTE;
    if (!Array.isArray(leads) || leads.length > 3 || !leads.every((m) => isNum(m) && Number.isInteger(m) && m >= 1 && m < max))
      errors[`leadMinutes.${w}`] = t('errLeads', formatMax(max));
  }
  if (typeof s.quietHours.enabled !== 'boolean' || !TIME.test(s.quietHours.start) || !TIME.test(s.quietHours.end))
    errors.quietHours = t('errQuietTimes');
  else if (s.quietHours.start === s.quietHours.end) errors.quietHours = t('errQuietSame');
  if (typeof s.policyBreaksQuiet !== 'boolean') errors.policyBreaksQuiet = t('errOnOff');
  if (
    typeof s.away.enabled !== 'boolean' ||
    !(s.away.until === null || (DATE.test(s.away.until) && !Number.isNaN(Date.parse(s.away.until))))
  )
    errors.away = t('errAway');
  if (typeof s.selfName !== 'string' || s.selfName.length > 100) errors.selfName = t('errSelfName');
  if (s.badgeCounts !== 'all' && s.badgeCounts !== 'past-best-practice') errors.badgeCounts = t('errBadge');
  if (!isNum(s.staleAfterHours) || s.staleAfterHours < 0.25 || s.staleAfterHours > 72) errors.staleAfterHours = t('errStaleAfter');
  if (s.badgeInvitations !== 'with-rooms' && s.badgeInvitations !== 'apart') errors.badgeInvitations = t('errBadgeInvitations');
  Object.assign(errors, reminderErrors(s.reminder));
  if (typeof s.overdueDigest !== 'boolean') errors.overdueDigest = t('errOnOff');
  if (!Object.keys(errors).length && syncBytes(s) > SYNC_ITEM_BYTES) errors.size = t('errSettingsTooLarge', syncBytes(s), SYNC_ITEM_BYTES);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: s };
}

function reminderErrors(r: Settings['reminder']): SettingsErrors {
  const errors: SettingsErrors = {};
  const times: unknown[] = Array.isArray(r.times) ? r.times : [null];
  const bad = times.find((v) => typeof v !== 'string' || !TIME.test(v));
  if (bad !== undefined) errors['reminder.times'] = t('errReminderTime', String(bad).slice(0, 20));
  else if (times.length > MAX_REMINDER_TIMES) errors['reminder.times'] = t('errReminderCount', MAX_REMINDER_TIMES);
  else if (new Set(times).size !== times.length) errors['reminder.times'] = t('errReminderTwice');
  const days: unknown[] = Array.isArray(r.days) ? r.days : [null];
  if (!days.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6) || new Set(days).size !== days.length)
    errors['reminder.days'] = t('errReminderDays');
  else if (!days.length && (times.length || r.oldViewHours !== null)) errors['reminder.days'] = t('errReminderNoDay');
  if (r.oldViewHours !== null && (!isNum(r.oldViewHours) || r.oldViewHours < 0.5 || r.oldViewHours > 72))
    errors['reminder.oldViewHours'] = t('errOldView');
  return errors;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The input's value for each field the defaults have, the default where it has
 * none; nested groups alike. Unknown keys are dropped: one oversized key would
 * otherwise pass the checks and then fail to save.
 */
function known<T extends object>(defaults: T, input: unknown): T {
  const raw = isPlain(input) ? input : {};
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    out[key] = isPlain(fallback) ? known(fallback, raw[key]) : raw[key] === undefined ? fallback : raw[key];
  }
  return out as T;
}

/** storage.sync refuses an item above this (chrome.storage.sync.QUOTA_BYTES_PER_ITEM); the whole area holds 102400. */
export const SYNC_ITEM_BYTES = 8192;
/** What storage.sync counts for our one item: its key and its JSON, in UTF-8 bytes. */
export const syncBytes = (s: Settings): number => new TextEncoder().encode('settings' + JSON.stringify(s)).length;

const formatMax = (minutes: number) => (minutes >= DAY / MINUTE ? `${minutes / (DAY / MINUTE)} d` : `${minutes / 60} h`);

/** Away mode is on, and today is before the return date. */
export function isAway(s: Settings, now: number): boolean {
  if (!s.away.enabled) return false;
  if (!s.away.until) return true;
  const [y, m, d] = s.away.until.split('-').map(Number);
  return now < new Date(y, m - 1, d).getTime();
}
