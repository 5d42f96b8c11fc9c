// Shows warnings as system notifications, and answers clicks on them.
import { browser } from 'wxt/browser';
import { updateThread } from '@/utils/storage/db';
import { t } from '@/utils/text/i18n';
import type { Notice } from '@/utils/rules/notify-plan';
import { HOUR } from '@/utils/model/time';
import { snoozeRoom } from '@/utils/rules/room-actions';
import { openInvitationPage, openOnUpwork } from '@/utils/browser/open-upwork';
import { INBOX_URL, invitationUrl, MESSAGES_MATCH, roomUrl } from '@/utils/upwork/addresses';
import { INVITATION_NOTICE } from '@/utils/rules/invitations';

/** The rooms a notification is about travel in its id: nothing else needs to survive a worker restart. */
const PREFIX = 'rw';
const noticeId = (n: Notice, now: number) => [PREFIX, n.kind, n.roomIds.join(','), now].join('|');
const roomsOf = (id: string) => (id.startsWith(`${PREFIX}|`) ? (id.split('|')[2] ?? '').split(',').filter(Boolean) : []);

export async function showNotice(n: Notice, now: number): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: n.title,
    message: n.lines.slice(0, 6).join('\n') + (n.lines.length > 6 ? `\n${t('noticeMore', n.lines.length - 6)}` : ''),
  };
  const id = noticeId(n, now);
  // A reminder or a list is about Messages as a whole: a click opens it; "snooze" has no room to act on.
  if (n.kind === 'reminder' || n.kind === 'overdue-digest') return void (await browser.notifications.create(id, options));
  try {
    await browser.notifications.create(id, {
      ...options,
      buttons: [{ title: t('noticeSnooze') }, { title: t('noticeOpen') }],
    } as typeof options);
  } catch {
    // Firefox has no notification buttons: the click still opens the room.
    await browser.notifications.create(id, options);
  }
}

/** Is an Upwork Messages tab the active tab of a window that is not minimised? (The host permission lets the url filter work.) */
export async function messagesShowing(): Promise<boolean> {
  const tabs = await browser.tabs.query({ url: MESSAGES_MATCH, active: true });
  for (const tab of tabs) {
    // Firefox for Android has no windows: there, the active tab is the one showing.
    if (!browser.windows || tab.windowId === undefined) return true;
    const win = await browser.windows.get(tab.windowId).catch(() => null);
    if (win && win.state !== 'minimized') return true;
  }
  return false;
}

export async function onNotificationClick(id: string): Promise<void> {
  const rooms = roomsOf(id);
  if (!id.startsWith(`${PREFIX}|`)) return;
  await browser.notifications.clear(id);
  const one = rooms.length === 1 ? rooms[0] : null;
  if (one?.startsWith(INVITATION_NOTICE)) return void (await openInvitationPage(invitationUrl(one.slice(INVITATION_NOTICE.length))));
  await openOnUpwork(one ? roomUrl(one) : INBOX_URL);
}

export async function onNotificationButton(id: string, index: number, refresh: () => Promise<unknown>): Promise<void> {
  if (index !== 0) return onNotificationClick(id);
  const now = Date.now();
  for (const roomId of roomsOf(id)) await updateThread(roomId, (t) => snoozeRoom(t, now + HOUR, now));
  await browser.notifications.clear(id);
  await refresh();
}
