// A realistic backup (every optional field of a room in use), and what a user
// does with restored data: opens the popup, exports the CSV, reads the page again.
import { h, render } from 'preact';
import { PopupView } from '@/components/PopupView';
import type { LogEntry, Observation, Thread } from '@/utils/model/types';
import { answerNext, canStillSave } from '@/utils/rules/answer-next';
import { badgeView } from '@/utils/rules/badge';
import { sightOf } from '@/utils/rules/sight';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { EMPTY_STATUS, emptyThread, mergeObservation } from '@/utils/rules/threads';
import { deriveView } from '@/utils/rules/view';
import { makeBackup, pageAfterRestore, restorePlan, type Backup } from '@/utils/storage/backup';
import { logToCsv } from '@/utils/storage/csv';

export const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3_600_000;
export const room = (n: number) => 'room_' + n.toString(16).padStart(32, '0');

export const THREADS: Thread[] = [
  {
    ...emptyThread(room(1), NOW - H),
    name: 'Ann Lee',
    title: 'Logo',
    contract: 'active',
    last: {
      by: 'client',
      at: { earliest: NOW - 3 * H, latest: NOW - 3 * H + 59_999 },
      seenAt: NOW - H,
      id: 'story_b',
      before: ['story_a'],
    },
    waitingSince: NOW - 3 * H,
    exact: true,
    contractTag: 'active',
    snooze: { until: NOW + H, lastAt: NOW - 3 * H },
    deadline: NOW + 48 * H,
  },
  {
    ...emptyThread(room(2), NOW - 2 * H),
    name: 'Bo Chan',
    title: 'Site',
    last: { by: 'client', at: { earliest: NOW - 30 * H, latest: NOW - 29 * H }, seenAt: NOW - 2 * H },
    waitingSince: NOW - 30 * H,
    exact: false,
  },
  {
    ...emptyThread(room(3), NOW - 5 * H),
    name: 'Cy Diaz',
    title: 'Thanks',
    last: { by: 'client', at: { earliest: NOW - 6 * H, latest: NOW - 6 * H }, seenAt: NOW - 5 * H },
    answeredSeenAt: NOW - 5 * H,
    dismissed: { at: NOW - 5 * H, lastAt: NOW - 6 * H, waitingSince: NOW - 6 * H, exact: true },
  },
];
export const LOG: LogEntry[] = [
  {
    id: `${room(3)}|${NOW - 5 * H}`,
    roomId: room(3),
    kind: 'no-reply-needed',
    clientAt: NOW - 6 * H,
    clientExact: true,
    replyAt: NOW - 5 * H,
    replyExact: true,
    contract: false,
  },
];
export const PAGE = { ...EMPTY_STATUS, lastReadAt: NOW - H, checkedAt: NOW - H, layout: 'ok' as const };
export const backupText = () => makeBackup(NOW, DEFAULT_SETTINGS, PAGE, THREADS, LOG);

/** A read of the page in which every restored room has a new client message and is open once. */
function readAgain(threads: Thread[], at: number): Observation[] {
  return threads.map((t, i) => ({
    seenAt: at + i,
    layout: 'ok',
    missing: [],
    selfName: null,
    rows: threads.map((r) => ({
      roomId: r.roomId,
      name: r.name,
      title: r.title,
      lastBy: 'client',
      lastAt: { earliest: at - 60_000, latest: at },
    })),
    open: {
      roomId: t.roomId,
      name: t.name,
      title: t.title,
      contract: 'unknown',
      messages: [{ id: 'story_new', side: 'client', at: { earliest: at - 60_000, latest: at - 60_000 } }],
    },
  }));
}

/**
 * Restores a checked backup into empty storage and uses it as a user would:
 * throws if any of it breaks. Returns what the user would see.
 */
export function useRestored(backup: Backup, now = NOW) {
  const plan = restorePlan(backup, new Map(), new Set(), now);
  const status = pageAfterRestore(EMPTY_STATUS, backup, now);
  const view = deriveView(plan.threads, backup.settings, now);
  const badge = badgeView({ rooms: view.rooms, settings: backup.settings, status, storageError: null, away: view.away, now });
  const root = document.createElement('div');
  const noop = () => {};
  render(
    h(PopupView, {
      rooms: answerNext(view.rooms, now, view.lengths),
      savable: view.rooms.filter((r) => canStillSave(r, now, view.lengths)).length,
      sight: sightOf(status, backup.settings, now),
      threads: plan.threads,
      dismissed: plan.threads.filter((t) => t.dismissed),
      status,
      lengths: view.lengths,
      away: view.away,
      storageError: null,
      onOpen: noop,
      onOpenInbox: noop,
      onOpenOptions: noop,
      onOpenStats: noop,
      send: noop,
    }),
    root,
  );
  const popupText = root.textContent ?? '';
  render(null, root);
  const csv = logToCsv(plan.log, new Map(plan.threads.map((t) => [t.roomId, t])));
  // The page is read again later: every restored room must take the new client message.
  const later = now + H;
  const stored = new Map(plan.threads.map((t) => [t.roomId, t]));
  for (const o of readAgain(plan.threads, later)) for (const t of mergeObservation(stored, o)) stored.set(t.roomId, t);
  const followed = [...stored.values()].filter((t) => t.last?.id === 'story_new').length;
  return { plan, status, badge, popupText, csv, followed };
}
