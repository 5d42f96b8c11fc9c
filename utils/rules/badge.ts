// What the toolbar badge shows, decided in one place from everything that
// decides it. Pure: the worker's badge adapter hands the result to browser.action.
import type { PageStatus, ReplyState, StorageError } from '@/utils/model/types';
import { plural, t } from '@/utils/text/i18n';
import { worstState, type AwaitingRoom } from './reply-windows';
import type { Settings } from './settings';
import { countedRooms } from './view';

/** Colours chosen for white badge text; the count, not the colour alone, carries the news. */
export const BADGE_COLOR: Record<ReplyState, string> = {
  'on-time': '#1d7a1d',
  late: '#9c5700',
  overdue: '#c62828',
  breach: '#6a1b9a',
};
/** Shown when the count may be wrong: the page was not understood, or never read. */
export const STALE_COLOR = '#5f6368';
/** A failed write: the count cannot be trusted until it is stored. */
export const ERROR_COLOR = '#b00020';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgeInput {
  /** Every room awaiting a reply (snoozed ones too; the badge decides what counts). */
  rooms: AwaitingRoom[];
  settings: Settings;
  status: PageStatus;
  storageError: StorageError | null;
  away: boolean;
  now: number;
}

export function badgeView({ rooms, settings, status, storageError, away }: BadgeInput): BadgeView {
  // Never silent when it cannot see: a failed write outranks everything, and lasts while the error does.
  if (storageError) return { text: '!', color: ERROR_COLOR, title: t('badgeStorageError') };
  if (status.lastReadAt === null && status.layout !== 'unrecognised') return { text: '?', color: STALE_COLOR, title: t('badgeNever') };
  const view = countView(countedRooms(rooms, settings), status.layout === 'unrecognised');
  // Away mode shows on the badge itself: "z" before the count.
  return away ? { ...view, text: `z${view.text}`, title: t('badgeAway', view.title) } : view;
}

function countView(rooms: AwaitingRoom[], stale: boolean): BadgeView {
  const worst = worstState(rooms.map((r) => r.status.state));
  const n = rooms.length;
  const count = n === 0 ? '' : n > 99 ? '99+' : String(n);
  const owed = n === 0 ? t('badgeNone') : plural('badgeWaiting', n);
  return {
    text: stale ? `${count}?` : count,
    color: stale ? STALE_COLOR : worst ? BADGE_COLOR[worst] : BADGE_COLOR['on-time'],
    title: stale ? t('badgeStale', owed) : t('badgeTitle', owed),
  };
}
