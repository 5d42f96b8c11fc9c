// Recomputes everything derived from what is stored: the next alarm, the
// badge, the warnings and reminders due. Runs on every wake-up and every
// observation; the worker keeps nothing in memory between them. It reads what
// grows with the awaiting rooms, never with the store: pruning has its own
// alarm (prune.ts), and the 90-day log only when a warning is to be shown.
import { browser } from 'wxt/browser';
import { readStorageError } from '@/utils/protocol/storage-error';
import { badgeView } from '@/utils/rules/badge';
import { clampStatus, clampThread } from '@/utils/rules/clock-skew';
import { planNotices } from '@/utils/rules/notify-plan';
import { planReminders } from '@/utils/rules/reminder-plan';
import { turnsOldAt } from '@/utils/rules/sight';
import { deriveView } from '@/utils/rules/view';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { allInvitations, handledNotices, logSince, pageStatus, recordNotices, threadsToWatch } from '@/utils/storage/db';
import { MISSES_PERIOD, missesByRoom } from '@/utils/rules/repeated-misses';
import { awaitingInvitations, invitationThresholds } from '@/utils/rules/invitations';
import { loadSettings } from '@/utils/storage/settings-storage';
import { showBadge } from './badge';
import { keepFrame } from './first-frame';
import { messagesShowing, showNotice } from './notify';

export const NEXT_CHANGE_ALARM = 'next-change';
/** Alarms slip across sleep; this one recomputes everything regardless. */
export const SAFETY_ALARM = 'safety';

const UNREADABLE = { rooms: [], settings: DEFAULT_SETTINGS, status: EMPTY_STATUS, away: false };

const clock = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

let queue: Promise<unknown> = Promise.resolve();
/** The refresh queued behind the running one and not started yet. */
let next: ReturnType<typeof refreshNow> | null = null;

/**
 * One refresh at a time, so an older one never lands last. A call while one waits to start joins it:
 * that one reads the store after the caller's write, so a burst of observations costs two refreshes,
 * not one each (the work no longer queues up).
 */
export function refresh() {
  if (next) return next;
  const run = queue.then(() => {
    next = null;
    return refreshNow();
  });
  next = run;
  queue = run.catch((err) => console.error('Reply Window: refresh failed', err));
  return run;
}

async function refreshNow() {
  const storageError = await readStorageError();
  const [watched, storedStatus, settings, done, invites] = await Promise.all([
    threadsToWatch(),
    pageStatus(),
    loadSettings(),
    handledNotices(),
    allInvitations(),
  ]).catch(async (err) => {
    // IndexedDB cannot even be read: say so on the badge rather than keep an old count.
    await showBadge(badgeView({ ...UNREADABLE, storageError: storageError ?? { at: Date.now(), message: String(err) }, now: Date.now() }));
    throw err;
  });
  const now = Date.now();
  // Times stored while the clock ran ahead are clamped to now (see clock-skew); deriveView clamps the rooms.
  const deadlines = watched.withDeadline.map((t) => clampThread(t, now));
  const status = clampStatus(storedStatus, now);
  const view = deriveView(watched.waiting, settings, now);
  const { rooms, lengths } = view;
  const invitations = awaitingInvitations(invites, now);
  const extra = invitations.flatMap((a) => invitationThresholds(a, settings));
  const planFor = (misses?: ReadonlyMap<string, number>) =>
    planNotices({ rooms, settings, lengths, done, now, clock, deadlines, extra, misses });
  // The misses change only a warning's words, never which warnings are due: the log (an agency's
  // grows by thousands of answers) is read only when there is a warning to word.
  let plan = planFor();
  // A miss within 90 days was answered within them too (the answer comes after the miss).
  if (plan.show.length) plan = planFor(missesByRoom(await logSince(now - MISSES_PERIOD), now));
  const reminders = planReminders({ rooms, settings, lengths, lastReadAt: status.lastReadAt, done, now });

  // The alarm first: whatever fails below, the worker still wakes at the next change.
  const staleAt = turnsOldAt(status, settings);
  const next = [
    view.nextChangeAt,
    plan.wakeAt,
    reminders.wakeAt,
    staleAt !== null && staleAt > now ? staleAt : null,
    ...invitations.map((a) => a.status.nextChangeAt),
  ].filter((t): t is number => t !== null);
  if (next.length) await browser.alarms.create(NEXT_CHANGE_ALARM, { when: Math.max(Math.min(...next), now + 1_000) });
  else await browser.alarms.clear(NEXT_CHANGE_ALARM);

  await showBadge(badgeView({ rooms, settings, status, storageError, away: view.away, now, invitations }));
  // The popup's first frame: what this refresh derived, not awaited (see first-frame.ts).
  void keepFrame({ view, deadlines, status, settings, storageError, invitations: invites, derivedAt: now });
  // No reminder while a Messages tab is showing: the user is looking already (asked only when one is due).
  const remind = reminders.show.length && !(await messagesShowing()) ? reminders.show : [];
  // Record first: a worker killed mid-way must not show the same warning again.
  const handled = [...plan.handled, ...reminders.handled];
  await recordNotices(handled, now, new Map(rooms.map((r) => [r.thread.roomId, r.thread.waitingSince])));
  for (const notice of [...plan.show, ...remind]) await showNotice(notice, now);

  return { view, status: { ...status, selfName: status.selfName ?? (settings.selfName || null) }, settings };
}
