// What the toolbar badge shows, decided in one place from everything that
// decides it. Pure: the worker's badge adapter hands the result to browser.action.
import type { PageStatus, ReplyState, StorageError } from '@/utils/model/types';
import { ago } from '@/utils/text/format';
import { plural, t } from '@/utils/text/i18n';
import type { AwaitingInvitation } from './invitations';
import { worstState, type AwaitingRoom } from './reply-windows';
import type { Settings } from './settings';
import { sightOf, type Sight } from './sight';
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
  /** Invitations still waiting: counted with the rooms, or named apart in the title (settings.badgeInvitations). */
  invitations?: AwaitingInvitation[];
}

export function badgeView({ rooms, settings, status, storageError, away, now, invitations = [] }: BadgeInput): BadgeView {
  // Never silent when it cannot see: a failed write outranks everything, and lasts while the error does.
  if (storageError) return { text: '!', color: ERROR_COLOR, title: t('badgeStorageError') };
  const sight = sightOf(status, settings, now);
  if (sight.kind === 'never') return { text: '?', color: STALE_COLOR, title: t('badgeNever') };
  const view = countView(countedRooms(rooms, settings), sight, now, invitations, settings);
  // Away mode shows on the badge itself: "z" before the count.
  return away ? { ...view, text: `z${view.text}`, title: t('badgeAway', view.title) } : view;
}

function countView(rooms: AwaitingRoom[], sight: Sight, now: number, invitations: AwaitingInvitation[], settings: Settings): BadgeView {
  const withRooms = settings.badgeInvitations !== 'apart' ? invitations : [];
  const worst = worstState([...rooms, ...withRooms].map((r) => r.status.state));
  const n = rooms.length + withRooms.length;
  const count = n === 0 ? '' : n > 99 ? '99+' : String(n);
  const roomsText = rooms.length || !invitations.length ? plural('badgeWaiting', rooms.length) : '';
  const invited = invitations.length ? plural('badgeInvitations', invitations.length) : '';
  const owed = n === 0 && !invitations.length ? t('badgeNone') : [roomsText, invited].filter(Boolean).join('; ');
  if (sight.kind === 'unrecognised') return { text: `${count}?`, color: STALE_COLOR, title: t('badgeStale', owed) };
  // An old view is never blank: a blank badge reads as "nothing owed".
  if (sight.kind === 'old') return { text: count || '…', color: STALE_COLOR, title: t('badgeOld', owed, ago(now - sight.since)) };
  return { text: count, color: worst ? BADGE_COLOR[worst] : BADGE_COLOR['on-time'], title: t('badgeTitle', owed) };
}
