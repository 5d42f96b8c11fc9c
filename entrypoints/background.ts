// Wiring only: checks what arrives, stores it, and keeps the badge and the
// next alarm true on every wake-up. The rules live in utils/.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeView } from '@/utils/badge';
import { allThreads, pageStatus, storeObservation } from '@/utils/db';
import { isObservationMessage, observationProblem, type ObservationAck } from '@/utils/messages';
import { awaitingRooms, nextChangeAt } from '@/utils/reply-windows';

const NEXT_CHANGE = 'next-change';
/** Alarms slip across sleep; this one recomputes everything regardless. */
const SAFETY = 'safety';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (!fromUpworkTab(sender)) return;
    if (!isObservationMessage(msg)) {
      console.warn('Reply Window: dropped an invalid message:', observationProblem((msg as { observation?: unknown })?.observation));
      return;
    }
    return handleObservation(msg.observation);
  });
  browser.alarms.onAlarm.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  void browser.alarms.create(SAFETY, { periodInMinutes: 5 });
  void refresh();
});

/** Content scripts speak only from an Upwork tab's top frame, inside our own extension. */
function fromUpworkTab(sender: Runtime.MessageSender): boolean {
  const url = sender.tab?.url ?? sender.url ?? '';
  return sender.id === browser.runtime.id && sender.frameId === 0 && url.startsWith('https://www.upwork.com/');
}

async function handleObservation(observation: Parameters<typeof storeObservation>[0]): Promise<ObservationAck> {
  const changed = await storeObservation(observation);
  const { rooms, status } = await refresh();
  // An open popup re-reads; with none open there is no receiver, which is fine.
  if (changed.length) browser.runtime.sendMessage({ type: 'worker:changed' }).catch(() => undefined);
  return {
    ok: true,
    selfName: status.selfName,
    awaiting: rooms.map((r) => ({ roomId: r.thread.roomId, waitingSince: r.thread.waitingSince, contract: r.thread.contract })),
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** Badge and next alarm from what is stored, one refresh at a time so an older one never lands last. */
function refresh() {
  const run = queue.then(async () => {
    const [threads, status] = await Promise.all([allThreads(), pageStatus()]);
    const now = Date.now();
    const rooms = awaitingRooms(threads, now);
    const sight = status.layout === 'unrecognised' ? 'stale' : status.lastReadAt === null ? 'never' : 'ok';
    const view = badgeView(rooms, sight);
    await Promise.all([
      browser.action.setBadgeText({ text: view.text }),
      browser.action.setBadgeBackgroundColor({ color: view.color }),
      browser.action.setTitle({ title: view.title }),
    ]);
    const next = nextChangeAt(rooms);
    if (next === null) await browser.alarms.clear(NEXT_CHANGE);
    else await browser.alarms.create(NEXT_CHANGE, { when: Math.max(next, now + 1_000) });
    return { rooms, status };
  });
  queue = run.catch((err) => console.error('Reply Window: refresh failed', err));
  return run;
}
