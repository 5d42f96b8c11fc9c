// What each record of a backup must look like, field by field. A restored
// record is written as it is and read by every later merge, view and export,
// so one bad field (a number where a list belongs, a time in the year 2100)
// would break them all: the file is refused instead, naming the field.
// A valid record is copied with known fields only.
import { isObj, isRoomId, isStoryId, isStr, oneOf } from '@/utils/protocol/guards';
import { DAY } from '@/utils/model/time';
import type { LogEntry } from '@/utils/model/types';
import { isOptTerms } from '@/utils/protocol/invitation-guards';
import { CHOICES } from '@/utils/rules/choices';

/** No record of Reply Window can come from before this. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** Deadlines and snoozes may lie ahead, but not further than this. */
export const LATEST_AHEAD = 365 * DAY;
export const MAX_THREADS = 20_000;
export const MAX_LOG = 200_000;
const MAX_STORIES = 2_000;
const MAX_MISSING = 20;

type Check = (v: unknown) => boolean;
/** A record's fields; `optional` accepts undefined and null for the whole record. */
interface Shape {
  fields: Record<string, Check | Shape>;
  optional?: boolean;
}

const isShape = (c: Check | Shape): c is Shape => typeof c !== 'function';
const isBool: Check = (v) => typeof v === 'boolean';
const orNull =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
const orAbsent =
  (c: Check): Check =>
  (v) =>
    v === undefined || v === null || c(v);

/** The path of the first field that is not valid ("last.before"), '' for the record itself, or null when all are. */
export function badField(v: unknown, shape: Shape): string | null {
  if (v === undefined || v === null) return shape.optional ? null : '';
  if (!isObj(v)) return '';
  for (const [key, check] of Object.entries(shape.fields)) {
    if (isShape(check)) {
      const bad = badField(v[key], check);
      if (bad !== null) return bad ? `${key}.${bad}` : key;
    } else if (!check(v[key])) return key;
  }
  return null;
}

/** The record with its known fields only (a valid record, as badField found it). */
export function pickFields<T>(v: unknown, shape: Shape): T {
  if (!isObj(v)) return v as T;
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(shape.fields)) {
    if (v[key] !== undefined) out[key] = isShape(check) ? pickFields(v[key], check) : v[key];
  }
  return out as T;
}

/** The shapes of a thread, a log entry and the page record, for a file restored at `now`. */
export function recordShapes(now: number) {
  const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_TIME && v <= now + LATEST_AHEAD;
  const isRange: Check = (v) => isObj(v) && isTime(v.earliest) && isTime(v.latest) && (v.earliest as number) <= (v.latest as number);
  const isStories: Check = (v) => Array.isArray(v) && v.length <= MAX_STORIES && v.every(isStoryId);
  const thread: Shape = {
    fields: {
      roomId: isRoomId,
      name: isStr,
      title: isStr,
      contract: (v) => oneOf(v, ['active', 'ended', 'unknown'] as const),
      last: {
        optional: true,
        fields: {
          by: (v) => oneOf(v, ['client', 'freelancer'] as const),
          at: isRange,
          seenAt: isTime,
          id: orAbsent(isStoryId),
          before: orAbsent(isStories),
        },
      },
      waitingSince: orNull(isTime),
      waitingSinceLatest: orAbsent(isTime),
      exact: isBool,
      answeredSeenAt: orNull(isTime),
      updatedAt: isTime,
      contractTag: orAbsent((v) => oneOf(v, ['active', 'none'] as const)),
      dismissed: {
        optional: true,
        fields: { at: isTime, lastAt: isTime, waitingSince: isTime, exact: isBool, waitingSinceLatest: orAbsent(isTime) },
      },
      snooze: { optional: true, fields: { until: isTime, lastAt: isTime } },
      deadline: orAbsent(isTime),
      terms: isOptTerms,
      direct: orAbsent(isTime),
      // When each choice was set (schema 6 on; older backups have none, and restore with implied times).
      chosenAt: {
        optional: true,
        fields: Object.fromEntries(CHOICES.map((name) => [name, (v: unknown) => v === undefined || isTime(v)])),
      },
    },
  };
  const log: Shape = {
    fields: {
      id: (v) => isStr(v) && v.length <= 200,
      roomId: isRoomId,
      kind: (v) => oneOf(v, ['reply', 'no-reply-needed'] as const),
      clientAt: isTime,
      clientExact: isBool,
      replyAt: isTime,
      replyExact: isBool,
      contract: isBool,
      terms: isOptTerms,
    },
  };
  const page: Shape = {
    fields: {
      lastReadAt: orNull(isTime),
      checkedAt: orNull(isTime),
      layout: orNull((v) => oneOf(v, ['ok', 'empty', 'unrecognised'] as const)),
      missing: (v) => Array.isArray(v) && v.length <= MAX_MISSING && v.every(isStr),
      selfName: orNull(isStr),
      restoredFrom: orAbsent(isTime),
    },
  };
  return { thread, log, page, isTime };
}

/** An answer cannot come before the message it answers: stats would count a negative time. */
export const answeredBeforeAsked = (e: LogEntry): boolean => e.replyAt < e.clientAt;
