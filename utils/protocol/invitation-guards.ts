// Guards for invitation reads and agreed terms: page data is untrusted, and a
// backup file is too, so both are checked field by field before storage.
import type { AgreedTerms, InvitationRow, WorkingHours } from '@/utils/model/types';
import { DAY, HOUR } from '@/utils/model/time';
import { isInvitationId } from '@/utils/upwork/addresses';
import { TERMS_CLOSE_WEEKS, weeklyWorkingTime } from '@/utils/rules/working-hours';

const MAX_INVITATIONS = 2_000;
const MAX_STRING = 1_000;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STRING;
const isRange = (v: unknown) => isObj(v) && isTime(v.earliest) && isTime(v.latest) && v.earliest <= v.latest;

/** Agreed targets Reply Window accepts: half an hour to 14 days. */
export const TERMS_MIN_HOURS = 0.5;
export const TERMS_MAX_HOURS = (14 * DAY) / HOUR;

export function isWorkingHours(v: unknown): v is WorkingHours {
  return (
    isObj(v) &&
    Array.isArray(v.days) &&
    v.days.length > 0 &&
    v.days.length <= 7 &&
    v.days.every((d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6) &&
    new Set(v.days).size === v.days.length &&
    typeof v.start === 'string' &&
    typeof v.end === 'string' &&
    TIME.test(v.start) &&
    TIME.test(v.end) &&
    v.start !== v.end
  );
}

/**
 * Why agreed terms are refused, or null when they are valid: the form shows
 * the reason, the worker and a backup's restore refuse the same terms.
 * 'never': the working hours a week give cannot reach the target within a
 * year (336 h in a one-hour weekday span): such a room would be "on time" for
 * ever.
 */
export function termsProblem(v: unknown): 'hours' | 'days' | 'same' | 'never' | null {
  if (!isObj(v) || typeof v.hours !== 'number' || !Number.isFinite(v.hours)) return 'hours';
  if (v.hours < TERMS_MIN_HOURS || v.hours > TERMS_MAX_HOURS) return 'hours';
  if (v.working === null) return null;
  const w = v.working;
  if (isObj(w) && Array.isArray(w.days) && w.days.length === 0) return 'days';
  if (!isWorkingHours(w)) return 'same';
  return weeklyWorkingTime(w) * TERMS_CLOSE_WEEKS < v.hours * HOUR ? 'never' : null;
}

export const isTerms = (v: unknown): v is AgreedTerms => termsProblem(v) === null;

/** Optional terms, as a stored thread or a log entry carries them. */
export const isOptTerms = (v: unknown) => v === undefined || v === null || isTerms(v);

function isInvitationRow(v: unknown): v is InvitationRow {
  return isObj(v) && isInvitationId(v.id) && isStr(v.title) && isStr(v.client) && isRange(v.receivedAt);
}

/** Why a value is not a valid invitation read, or null when it is one. */
export function invitationObservationProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!isTime(v.seenAt)) return 'bad seenAt';
  if (v.page !== 'list' && v.page !== 'invitation') return 'bad page';
  if (v.layout !== 'ok' && v.layout !== 'empty' && v.layout !== 'unrecognised') return 'bad layout';
  if (!Array.isArray(v.missing) || v.missing.length > 20 || !v.missing.every(isStr)) return 'bad missing';
  if (!Array.isArray(v.invitations) || v.invitations.length > MAX_INVITATIONS) return 'bad invitations';
  const bad = v.invitations.findIndex((r) => !isInvitationRow(r));
  if (bad >= 0) return `bad invitation ${bad}`;
  // A date in the future is not a received time.
  if (v.invitations.some((r) => (r as InvitationRow).receivedAt.earliest > (v.seenAt as number) + HOUR)) return 'future invitation';
  const a = v.answered;
  if (a !== null && !(isObj(a) && isInvitationId(a.id) && (a.how === 'accepted' || a.how === 'declined' || a.how === 'withdrawn')))
    return 'bad answer';
  return null;
}
