// Recomputes everything derived from what is stored: the next alarm, the
// badge, the warnings and reminders due. Runs on every wake-up; the worker
// keeps nothing in memory between them.
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
import {
  allInvitations,
  handledNotices,
  logSince,
  pageStatus,
  pruneLog,
  pruneThreads,
  pruneInvitations,
  recordNotices,
  threadsToWatch,
} from '@/utils/storage/db';
import { MISSES_PERIOD, missesByRoom } from '@/utils/rules/repeated-misses';
import { awaitingInvitations, invitationThresholds } from '@/utils/rules/invitations';
import { loadSettings } from '@/utils/storage/settings-storage';
import { showBadge } from './badge';
import { messagesShowing, showNotice } from './notify';

export const NEXT_CHANGE_ALARM = 'next-change';
/** Alarms slip across sleep; this one recomputes everything regardless. */
export const SAFETY_ALARM = 'safety';

const UNREADABLE = { rooms: [], settings: DEFAULT_SETTINGS, status: EMPTY_STATUS, away: false };

const clock = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

let queue: Promise<unknown> = Promise.resolve();

/** One refresh at a time, so an older one never lands last. */
export function refresh() {
  const run = queue.then(refreshNow);
  queue = run.catch((err) => console.error('Reply Window: refresh failed', err));
  return run;
}

async function refreshNow() {
  const storageError = await readStorageError();
  const [watched, storedStatus, settings, done, invites, recent] = await Promise.all([
    threadsToWatch(),
    pageStatus(),
    loadSettings(),
    handledNotices(),
    allInvitations(),
    // A miss within 90 days was answered within them too (the answer comes after the miss).
    logSince(Date.now() - MISSES_PERIOD),
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
  const invitations = awaitingInvitations(invites, now, lengths);
  const extra = invitations.flatMap((a) => invitationThresholds(a, settings));
  const misses = missesByRoom(recent, now);
  const plan = planNotices({ rooms, settings, lengths, done, now, clock, deadlines, extra, misses });
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
  // No reminder while a Messages tab is showing: the user is looking already (asked only when one is due).
  const remind = reminders.show.length && !(await messagesShowing()) ? reminders.show : [];
  // Record first: a worker killed mid-way must not show the same warning again.
  const handled = [...plan.handled, ...reminders.handled];
  await recordNotices(handled, now, new Map(rooms.map((r) => [r.thread.roomId, r.thread.waitingSince])));
  for (const notice of [...plan.show, ...remind]) await showNotice(notice, now);

  await Promise.all([pruneLog(now), pruneThreads(now), pruneInvitations(now, invites)]);
  return { view, status: { ...status, selfName: status.selfName ?? (settings.selfName || null) }, settings };
}
