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
};

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
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Settings>;
  const s: Settings = {
    ...DEFAULT_SETTINGS,
    ...raw,
    leadMinutes: { ...DEFAULT_SETTINGS.leadMinutes, ...raw.leadMinutes },
    quietHours: { ...DEFAULT_SETTINGS.quietHours, ...raw.quietHours },
    away: { ...DEFAULT_SETTINGS.away, ...raw.away },
    version: SETTINGS_VERSION,
  };
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
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: s };
}

const formatMax = (minutes: number) => (minutes >= DAY / MINUTE ? `${minutes / (DAY / MINUTE)} d` : `${minutes / 60} h`);

/** Away mode is on, and today is before the return date. */
export function isAway(s: Settings, now: number): boolean {
  if (!s.away.enabled) return false;
  if (!s.away.until) return true;
  const [y, m, d] = s.away.until.split('-').map(Number);
  return now < new Date(y, m - 1, d).getTime();
}
