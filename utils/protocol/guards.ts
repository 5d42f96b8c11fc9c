// Guards for everything that arrives at the worker. The page is untrusted, so
// its observations are validated, field by field, before they touch storage.
import type { RoomRow, StoryMessage, TimeRange } from '@/utils/model/types';
import { isRoomId } from '@/utils/upwork/addresses';
import type {
  HoldingMenuRequest,
  InsertRequest,
  InsertResult,
  InvitationsMessage,
  ObservationMessage,
  PageReportRequest,
  UserCommand,
  WorkerChanged,
  WorkerMarks,
} from './messages';
import { invitationObservationProblem, isTerms } from './invitation-guards';

const MAX_ROWS = 10_000;
const MAX_MESSAGES = 2_000;
const MAX_STRING = 1_000;
const STORY_ID = /^story_[0-9a-zA-Z_-]{1,64}$/;

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const isStr = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STRING;
export const isRange = (v: unknown): v is TimeRange => isObj(v) && isTime(v.earliest) && isTime(v.latest) && v.earliest <= v.latest;
const isRangeOrNull = (v: unknown) => v === null || isRange(v);
export const isStoryId = (v: unknown): v is string => typeof v === 'string' && STORY_ID.test(v);
export const oneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => options.includes(v as T);

function isRow(v: unknown): v is RoomRow {
  return (
    isObj(v) &&
    isRoomId(v.roomId) &&
    isStr(v.name) &&
    isStr(v.title) &&
    oneOf(v.lastBy, ['client', 'freelancer'] as const) &&
    isRangeOrNull(v.lastAt) &&
    (v.answeredUntil === undefined || isTime(v.answeredUntil))
  );
}

function isStory(v: unknown): v is StoryMessage {
  return isObj(v) && isStoryId(v.id) && oneOf(v.side, ['client', 'freelancer', 'system', 'unknown'] as const) && isRangeOrNull(v.at);
}

/** Returns why a value is not a valid observation, or null when it is one. */
export function observationProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  if (!isTime(v.seenAt)) return 'bad seenAt';
  if (!oneOf(v.layout, ['ok', 'empty', 'unrecognised'] as const)) return 'bad layout';
  if (!Array.isArray(v.missing) || v.missing.length > 20 || !v.missing.every(isStr)) return 'bad missing';
  if (!Array.isArray(v.rows) || v.rows.length > MAX_ROWS) return 'bad rows';
  const bad = v.rows.findIndex((r) => !isRow(r));
  if (bad >= 0) return `bad row ${bad}`;
  if (!(v.selfName === null || isStr(v.selfName))) return 'bad selfName';
  if (v.open === null) return null;
  const o = v.open;
  if (!isObj(o) || !isRoomId(o.roomId) || !isStr(o.name) || !isStr(o.title)) return 'bad open room';
  if (!oneOf(o.contract, ['active', 'ended', 'unknown'] as const)) return 'bad contract';
  if (!Array.isArray(o.messages) || o.messages.length > MAX_MESSAGES || !o.messages.every(isStory)) return 'bad messages';
  return null;
}

/** Why a message from a content script is not a valid observation message, for the log. */
export const messageProblem = (v: unknown): string =>
  !isObj(v)
    ? 'not an object'
    : v.type !== 'content:observation'
      ? `unknown type ${String(v.type).slice(0, 40)}`
      : (observationProblem(v.observation) ?? 'ok');

export function isObservationMessage(v: unknown): v is ObservationMessage {
  return (
    isObj(v) &&
    v.type === 'content:observation' &&
    (v.marks === undefined || (typeof v.marks === 'string' && v.marks.length <= 64)) &&
    observationProblem(v.observation) === null
  );
}

export function isUserCommand(v: unknown): v is UserCommand {
  if (!isObj(v) || typeof v.type !== 'string') return false;
  const room = isRoomId(v.roomId);
  switch (v.type) {
    case 'user:snooze':
      return room && isTime(v.until);
    case 'user:unsnooze':
    case 'user:dismiss':
    case 'user:undo-dismiss':
      return room;
    case 'user:contract':
      return room && (v.tag === 'active' || v.tag === 'none' || v.tag === null);
    case 'user:deadline':
      return room && (v.deadline === null || isTime(v.deadline));
    case 'user:terms':
      return room && (v.terms === null || isTerms(v.terms));
    case 'user:direct':
      return room && typeof v.direct === 'boolean';
    case 'user:restore':
      return typeof v.backup === 'string' && v.backup.length < 50_000_000;
    case 'user:settings-changed':
    case 'user:delete-all':
      return true;
    case 'user:reply-with':
      return room && isText(v.text);
    default:
      return false;
  }
}

export function isInvitationsMessage(v: unknown): v is InvitationsMessage {
  return isObj(v) && v.type === 'content:invitations' && invitationObservationProblem(v.observation) === null;
}
export { invitationObservationProblem };

/** Only our worker can reach a content script's onMessage; the shape is still checked. */
export const isWorkerMarks = (v: unknown): v is WorkerMarks =>
  isObj(v) &&
  v.type === 'worker:marks' &&
  isObj(v.ack) &&
  v.ack.ok === true &&
  typeof v.ack.version === 'string' &&
  typeof v.ack.full === 'boolean' &&
  Array.isArray(v.ack.awaiting) &&
  Array.isArray(v.ack.cleared) &&
  isObj(v.ack.lengths);

export const isWorkerChanged = (v: unknown): v is WorkerChanged => isObj(v) && v.type === 'worker:changed';

export { isRoomId };

/** A filled template: a 2,000-character text plus names and a time stays well under this. */
const MAX_REPLY = 4_000;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_REPLY;

export const isInsertRequest = (v: unknown): v is InsertRequest =>
  isObj(v) && v.type === 'worker:insert' && isRoomId(v.roomId) && isText(v.text);

export const isInsertResult = (v: unknown): v is InsertResult => isObj(v) && oneOf(v.outcome, ['inserted', 'copied', 'shown'] as const);

export const isHoldingMenuRequest = (v: unknown): v is HoldingMenuRequest =>
  isObj(v) &&
  v.type === 'worker:holding-menu' &&
  isRoomId(v.roomId) &&
  isStr(v.name) &&
  isStr(v.title) &&
  Array.isArray(v.templates) &&
  v.templates.every((x) => isObj(x) && isStr(x.id) && isStr(x.name) && typeof x.text === 'string' && x.text.length <= MAX_REPLY);

export const isPageReportRequest = (v: unknown): v is PageReportRequest => isObj(v) && v.type === 'popup:page-report';
