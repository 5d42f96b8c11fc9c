// Recomputes everything derived from what is stored: the badge, the warnings
// due, and the one alarm at the next moment anything changes. Runs on every
// wake-up; the worker keeps nothing in memory between them.
import { browser } from 'wxt/browser';
import { badgeView } from '@/utils/badge';
import { allThreads, handledNotices, pageStatus, pruneLog, recordNotices } from '@/utils/db';
import { planNotices } from '@/utils/notify-plan';
import { awaitingRooms, nextChangeAt } from '@/utils/reply-windows';
import { isAway, windowLengths } from '@/utils/settings';
import { loadSettings } from '@/utils/settings-storage';
import { showNotice } from './notify';

export const NEXT_CHANGE_ALARM = 'next-change';
/** Alarms slip across sleep; this one recomputes everything regardless. */
export const SAFETY_ALARM = 'safety';

const clock = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

let queue: Promise<unknown> = Promise.resolve();

/** One refresh at a time, so an older one never lands last. */
export function refresh() {
  const run = queue.then(refreshNow);
  queue = run.catch((err) => console.error('Reply Window: refresh failed', err));
  return run;
}

async function refreshNow() {
  const [threads, status, settings, done] = await Promise.all([allThreads(), pageStatus(), loadSettings(), handledNotices()]);
  const now = Date.now();
  await pruneLog(now);
  const lengths = windowLengths(settings);
  const rooms = awaitingRooms(threads, now, lengths);
  const counted = rooms.filter((r) => r.snoozedUntil === null && (settings.badgeCounts === 'all' || r.status.state !== 'on-time'));
  const sight = status.layout === 'unrecognised' ? 'stale' : status.lastReadAt === null ? 'never' : 'ok';
  const away = isAway(settings, now);
  const view = badgeView(counted, sight, away);
  await Promise.all([
    browser.action.setBadgeText({ text: view.text }),
    browser.action.setBadgeBackgroundColor({ color: view.color }),
    browser.action.setTitle({ title: view.title }),
  ]);

  const plan = planNotices({ rooms, settings, lengths, done, now, clock, deadlines: threads.filter((t) => t.deadline) });
  // Record first: a worker killed mid-way must not show the same warning again.
  if (plan.handled.length) await recordNotices(plan.handled, now);
  for (const notice of plan.show) await showNotice(notice, now);

  const next = [nextChangeAt(rooms), plan.wakeAt].filter((t): t is number => t !== null);
  if (next.length) await browser.alarms.create(NEXT_CHANGE_ALARM, { when: Math.max(Math.min(...next), now + 1_000) });
  else await browser.alarms.clear(NEXT_CHANGE_ALARM);
  return { rooms, status: { ...status, selfName: status.selfName ?? (settings.selfName || null) }, settings };
}
