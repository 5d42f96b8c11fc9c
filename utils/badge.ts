// What the toolbar badge shows, as data. The worker hands it to browser.action.
import { plural, t } from './i18n';
import { worstState, type AwaitingRoom, type ReplyState } from './reply-windows';

/** Colours chosen for white badge text; the count, not the colour alone, carries the news. */
export const BADGE_COLOR: Record<ReplyState, string> = {
  'on-time': '#1d7a1d',
  late: '#9c5700',
  overdue: '#c62828',
  breach: '#6a1b9a',
};
/** Shown when the page layout was not recognised: the count may be stale. */
export const STALE_COLOR = '#5f6368';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** `sight`: whether the page was read ('ok'), is no longer understood ('stale'), or never opened. */
export function badgeView(rooms: AwaitingRoom[], sight: 'ok' | 'stale' | 'never', away = false): BadgeView {
  if (sight === 'never') return { text: '?', color: STALE_COLOR, title: t('badgeNever') };
  const view = countView(rooms, sight);
  // Away mode shows on the badge itself: "z" before the count.
  return away ? { ...view, text: `z${view.text}`, title: t('badgeAway', view.title) } : view;
}

function countView(rooms: AwaitingRoom[], sight: 'ok' | 'stale'): BadgeView {
  const worst = worstState(rooms.map((r) => r.status.state));
  const n = rooms.length;
  const count = n === 0 ? '' : n > 99 ? '99+' : String(n);
  const stale = sight === 'stale';
  const owed = n === 0 ? t('badgeNone') : plural('badgeWaiting', n);
  return {
    // Never silent when it cannot see: a stale count carries a question mark.
    text: stale ? `${count}?` : count,
    color: stale ? STALE_COLOR : worst ? BADGE_COLOR[worst] : BADGE_COLOR['on-time'],
    title: stale ? t('badgeStale', owed) : t('badgeTitle', owed),
  };
}
