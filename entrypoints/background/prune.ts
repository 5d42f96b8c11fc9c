// Forgets what is past every figure and window (rooms, log entries and invitations 13 months old),
// once a day on its own alarm, off the path of an observation: what it reads grows with the store,
// and an agency's store holds 10,000 rooms. It deletes only what no view shows (see retention.ts),
// so a refresh running beside it sees the same rooms, badge and warnings.
import { browser } from 'wxt/browser';
import { pruneInvitations, pruneLog, pruneThreads } from '@/utils/storage/db';

export const PRUNE_ALARM = 'prune';
const DAILY = 24 * 60;

/** Forgets what is 13 months old; returns how many of each it deleted. */
export async function prune(now = Date.now()) {
  const [log, threads, invitations] = await Promise.all([pruneLog(now), pruneThreads(now), pruneInvitations(now)]);
  return { log, threads, invitations };
}

/** The daily alarm; created (or kept) at each start of the worker, first due a minute after. */
export async function schedulePrune(): Promise<void> {
  if (await browser.alarms.get(PRUNE_ALARM)) return;
  await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: DAILY });
}
