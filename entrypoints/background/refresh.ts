// Recomputes everything derived from what is stored: the badge, the warnings
// due, and the one alarm at the next moment anything changes. Runs on every
// wake-up; the worker keeps nothing in memory between them.
import { browser } from 'wxt/browser';
import { readStorageError } from '@/utils/protocol/storage-error';
import { badgeView } from '@/utils/rules/badge';
import { planNotices } from '@/utils/rules/notify-plan';
import { deriveView } from '@/utils/rules/view';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS } from '@/utils/rules/threads';
import { allInvitations, allThreads, handledNotices, pageStatus, pruneLog, recordNotices } from '@/utils/storage/db';
import { awaitingInvitations, invitationThresholds } from '@/utils/rules/invitations';
import { loadSettings } from '@/utils/storage/settings-storage';
import { showBadge } from './badge';
import { showNotice } from './notify';

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
  const [threads, status, settings, done, invites] = await Promise.all([
    allThreads(),
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
  const view = deriveView(threads, settings, now);
  const invitations = awaitingInvitations(invites, now, view.lengths);
  await showBadge(badgeView({ rooms: view.rooms, settings, status, storageError, away: view.away, now, invitations }));
  await pruneLog(now);

  const { rooms, lengths } = view;
  const extra = invitations.flatMap((a) => invitationThresholds(a, settings));
  const plan = planNotices({ rooms, settings, lengths, done, now, clock, deadlines: threads.filter((t) => t.deadline), extra });
  // Record first: a worker killed mid-way must not show the same warning again.
  if (plan.handled.length) await recordNotices(plan.handled, now);
  for (const notice of plan.show) await showNotice(notice, now);

  const next = [view.nextChangeAt, plan.wakeAt, ...invitations.map((a) => a.status.nextChangeAt)].filter((t): t is number => t !== null);
  if (next.length) await browser.alarms.create(NEXT_CHANGE_ALARM, { when: Math.max(Math.min(...next), now + 1_000) });
  else await browser.alarms.clear(NEXT_CHANGE_ALARM);
  return { view, status: { ...status, selfName: status.selfName ?? (settings.selfName || null) }, settings };
}
