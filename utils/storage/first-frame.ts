// The popup's first frame: what the worker's last refresh derived, kept in storage.session so the
// popup paints its list before IndexedDB answers, then checks it against IndexedDB (entrypoints/popup).
// storage.session lives in memory only (gone when the browser quits) and, at its default access
// level, is open to the extension's own pages and worker, never to a content script.
// Invariant: a first frame is shown only if it is this version's, passes every field check, and says
// when it was derived; the popup re-derives its times from `now`, so no countdown is frozen at that time.
import { browser } from 'wxt/browser';
import { MINUTE } from '@/utils/model/time';
import type { Invitation, PageStatus, ProposalsStatus, StorageError, Thread } from '@/utils/model/types';
import { isObj } from '@/utils/protocol/guards';
import { checkSettings, type Settings } from '@/utils/rules/settings';
import { badField, pickFields, recordShapes } from './backup-records';
import { isInvitation } from './backup-invitations';

export const FIRST_FRAME_KEY = 'first-frame';
/** Raised whenever the shape below changes: a frame kept by another version is ignored, never misread. */
export const FIRST_FRAME_VERSION = 1;
/** The worker refreshes at least every 5 minutes (its safety alarm): an older frame means it was stopped. */
export const FIRST_FRAME_MAX_AGE = 15 * MINUTE;

/** What the popup shows, as read from IndexedDB and the extension's storage (or kept in a first frame). */
export interface PopupData {
  /** The rooms awaiting a reply (a frame: as the worker's derivation clamped them, utils/rules/view.ts). */
  awaiting: Thread[];
  withDeadline: Thread[];
  dismissed: Thread[];
  status: PageStatus;
  settings: Settings;
  storageError: StorageError | null;
  invitations: Invitation[];
  proposals: ProposalsStatus;
  localOnly: string[];
}

export interface FirstFrame extends PopupData {
  version: number;
  /** When the worker derived it (epoch ms). */
  derivedAt: number;
}

/** A "no reply needed" the popup offers to undo: the client has not written since. */
export const isUndoable = (t: Thread): boolean => !!t.dismissed && t.waitingSince === null && t.last?.by === 'client';

const SHAPES = recordShapes(Date.now());

/** A room with only what the view needs: no choice times, no message ids (and no message text, ever). */
function leastOf(t: Thread): Thread {
  const { chosenAt: _c, ...room } = pickFields<Thread>(t, SHAPES.thread);
  return room.last ? { ...room, last: { by: room.last.by, at: room.last.at, seenAt: room.last.seenAt } } : room;
}

const invitationOf = (i: Invitation): Invitation => ({
  id: i.id,
  title: i.title,
  client: i.client,
  receivedAt: i.receivedAt,
  exact: i.exact,
  firstSeenAt: i.firstSeenAt,
  lastSeenAt: i.lastSeenAt,
  ended: i.ended,
});

/** The least of `data` the popup needs, in one field order (so two of them compare as JSON). */
export const leastData = (d: PopupData): PopupData => ({
  awaiting: d.awaiting.map(leastOf),
  withDeadline: d.withDeadline.map(leastOf),
  dismissed: d.dismissed.filter(isUndoable).map(leastOf),
  status: pickFields<PageStatus>(d.status, SHAPES.page),
  settings: d.settings,
  storageError: d.storageError && { at: d.storageError.at, message: d.storageError.message },
  invitations: d.invitations.filter((i) => !i.ended).map(invitationOf),
  proposals: { checkedAt: d.proposals.checkedAt, layout: d.proposals.layout, missing: d.proposals.missing },
  localOnly: d.localOnly,
});

export const frameOf = (d: PopupData, derivedAt: number): FirstFrame => ({ version: FIRST_FRAME_VERSION, derivedAt, ...leastData(d) });

export type FrameCheck = { ok: true; frame: FirstFrame } | { ok: false; reason: string };

const isTimeOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Whether `v` is a first frame to paint at `now`; if not, why (for the log). */
export function checkFirstFrame(v: unknown, now: number): FrameCheck {
  const no = (reason: string): FrameCheck => ({ ok: false, reason });
  if (v === undefined) return no('none kept');
  if (!isObj(v)) return no('not an object');
  if (v.version !== FIRST_FRAME_VERSION) return no(`version ${String(v.version)}, not ${FIRST_FRAME_VERSION}`);
  const at = v.derivedAt;
  if (typeof at !== 'number' || !Number.isFinite(at)) return no('no derivation time');
  // Derived "later" than now: the clock went back since, and every time left would be off.
  if (at > now) return no('derived after now');
  if (now - at > FIRST_FRAME_MAX_AGE) return no(`derived ${Math.round((now - at) / MINUTE)} min ago`);
  const shapes = recordShapes(now);
  for (const list of ['awaiting', 'withDeadline', 'dismissed'] as const) {
    const rooms = v[list];
    if (!Array.isArray(rooms)) return no(`${list} is not a list`);
    for (const [i, room] of rooms.entries()) {
      const bad = badField(room, shapes.thread);
      if (bad !== null) return no(`${list}[${i}].${bad}`);
    }
  }
  const badPage = badField(v.status, shapes.page);
  if (badPage !== null) return no(`status.${badPage}`);
  const settings = checkSettings(v.settings);
  if (!settings.ok) return no(`settings: ${Object.keys(settings.errors).join(', ')}`);
  const e = v.storageError;
  if (e !== null && !(isObj(e) && typeof e.at === 'number' && typeof e.message === 'string')) return no('storageError');
  if (!Array.isArray(v.invitations) || !v.invitations.every((i) => isInvitation(i))) return no('invitations');
  const p = v.proposals;
  if (!isObj(p) || !isTimeOrNull(p.checkedAt) || !Array.isArray(p.missing)) return no('proposals');
  if (!Array.isArray(v.localOnly) || !v.localOnly.every((id) => typeof id === 'string')) return no('localOnly');
  return { ok: true, frame: { ...(v as unknown as FirstFrame), settings: settings.value } };
}

/** The worker, after each refresh. */
export async function keepFirstFrame(frame: FirstFrame): Promise<void> {
  await browser.storage.session.set({ [FIRST_FRAME_KEY]: frame });
}

/** The popup, at once: the frame to paint, or null (none, or not valid: logged, never thrown). */
export async function readFirstFrame(now: number): Promise<FirstFrame | null> {
  try {
    const checked = checkFirstFrame((await browser.storage.session.get(FIRST_FRAME_KEY))[FIRST_FRAME_KEY], now);
    if (checked.ok) return checked.frame;
    if (checked.reason !== 'none kept') console.warn(`Reply Window: first frame ignored (${checked.reason})`);
  } catch (err) {
    console.warn('Reply Window: first frame unreadable', err);
  }
  return null;
}
