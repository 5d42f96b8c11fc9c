// What the toolbar badge shows, decided in one place from everything that
// decides it. Pure: the worker's badge adapter hands the result to browser.action.
// Invariant: the badge answers "do I act now?": its number is the popup header's number
// (actNow, used by both) and its colour is that of the room to answer next, the popup's first row.
import { BADGE } from '@/utils/model/palette';
import type { PageStatus, ReplyState, StorageError } from '@/utils/model/types';
import { ago, shortMark } from '@/utils/text/format';
import { plural, t } from '@/utils/text/i18n';
import type { AwaitingInvitation } from './invitations';
import { answerNext } from './answer-next';
import type { AwaitingRoom } from './reply-windows';
import { windowLengths, type Settings } from './settings';
import { sightOf, type Sight } from './sight';
import { countedRooms } from './view';

/** Each state's fill (utils/model/palette.ts): lighter or darker from one state to the next, never Upwork's green. */
export const BADGE_COLOR: Record<ReplyState, string> = Object.fromEntries(Object.entries(BADGE).map(([s, b]) => [s, b.fill])) as Record<
  ReplyState,
  string
>;
/**
 * The shape cue after the count, so the state of the room to answer next is on the badge without
 * colour: nothing while a window is open, "!" when every counted room's window is missed (the next
 * one is missed), "!!" when the next is past Upwork's 7-day rule. "?" stays the page-not-read cue.
 */
export const BADGE_CUE: Record<ReplyState, string> = { 'on-time': '', late: '', overdue: '!', breach: '!!' };

/** Shown when the count may be wrong: the page was not understood, or never read. */
export const STALE_COLOR = '#5f6368';
/** A failed write: the count cannot be trusted until it is stored. */
export const ERROR_COLOR = '#b00020';

export interface BadgeView {
  text: string;
  color: string;
  /** The text's colour on that fill (dark on the light late fill). */
  textColor: string;
  title: string;
}

/** What to answer now: the rooms and invitations the badge counts, and the state of the one to answer next. */
export interface ActNow {
  count: number;
  rooms: AwaitingRoom[];
  invitations: AwaitingInvitation[];
  /** The state of the popup's first counted row (rooms first, in answerNext's order; then invitations), or null. */
  next: ReplyState | null;
}

/** The one count the badge and the popup header both show. */
export function actNow(rooms: AwaitingRoom[], settings: Settings, invitations: AwaitingInvitation[], now: number): ActNow {
  const counted = answerNext(countedRooms(rooms, settings), now, windowLengths(settings));
  const withRooms = settings.badgeInvitations !== 'apart' ? invitations : [];
  const next = counted[0]?.status.state ?? withRooms[0]?.status.state ?? null;
  return { count: counted.length + withRooms.length, rooms: counted, invitations: withRooms, next };
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
  if (storageError) return { text: '!', color: ERROR_COLOR, textColor: '#ffffff', title: t('badgeStorageError') };
  const sight = sightOf(status, settings, now);
  if (sight.kind === 'never') return { text: '?', color: STALE_COLOR, textColor: '#ffffff', title: t('badgeNever') };
  const view = countView(actNow(rooms, settings, invitations, now), sight, now, invitations);
  // Away mode shows on the badge itself: "z" before the count.
  return away ? { ...view, text: `z${view.text}`, title: t('badgeAway', view.title) } : view;
}

function countView(
  { count: n, rooms, next, invitations: counted }: ActNow,
  sight: Sight,
  now: number,
  invitations: AwaitingInvitation[],
): BadgeView {
  const count = n === 0 ? '' : n > 99 ? '99+' : String(n);
  const roomsText = rooms.length || !invitations.length ? plural('badgeWaiting', rooms.length) : '';
  const invited = invitations.length ? plural('badgeInvitations', invitations.length) : '';
  const owed = n === 0 && !invitations.length ? t('badgeNone') : [roomsText, invited].filter(Boolean).join('; ');
  const stale = { color: STALE_COLOR, textColor: '#ffffff' };
  if (sight.kind === 'unrecognised') return { text: `${count}?`, ...stale, title: t('badgeStale', owed) };
  // An old view is never blank: a blank badge reads as "nothing owed".
  if (sight.kind === 'old') return { text: count || '…', ...stale, title: t('badgeOld', owed, ago(now - sight.since)) };
  // Nothing owed is a blank badge; "never read" is the grey "?" above: the two never look alike.
  const swatch = BADGE[next ?? 'on-time'];
  // The badge is four characters wide: past 99 the count alone, the fill still tells the state.
  const text = next && n <= 99 ? count + BADGE_CUE[next] : count;
  const first = rooms[0] ?? counted[0];
  const said = first ? t('badgeNext', owed, shortMark(first.status, now, 'undecided' in first ? first.undecided : null)) : owed;
  return { text, color: swatch.fill, textColor: swatch.text, title: t('badgeTitle', said) };
}
