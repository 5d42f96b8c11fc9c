// Holding replies, worker side: opens the room for the user and hands the text
// to the page, which puts it in the reply box (never sends it); and the
// shortcut that shows the template choice in an open room awaiting a reply.
import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { openOnUpwork } from '@/utils/browser/open-upwork';
import { isInsertResult } from '@/utils/protocol/guards';
import type { CommandResult, HoldingMenuRequest, InsertRequest } from '@/utils/protocol/messages';
import { getThread } from '@/utils/storage/db';
import { loadTemplates } from '@/utils/storage/templates-storage';
import { t } from '@/utils/text/i18n';
import { isMessagesPage, roomIdOf, roomUrl } from '@/utils/upwork/addresses';

export const HOLDING_COMMAND = 'holding-reply';
/** The page loads, then waits a few seconds for the reply box; past this the tab is not answering. */
const TAB_ANSWER_MS = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer of the page in `tabId` once it shows room `roomId`, or null if it never does. */
async function askTab(tabId: number, msg: InsertRequest) {
  const until = Date.now() + TAB_ANSWER_MS;
  while (Date.now() < until) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab) return null;
    if (tab.status === 'complete' && roomIdOf(tab.url) === msg.roomId) {
      // Before its content script has started, the page has no receiver: try again shortly.
      const answer = await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(() => null);
      if (isInsertResult(answer)) return answer;
    }
    await sleep(250);
  }
  return null;
}

export async function replyWith(roomId: string, text: string): Promise<CommandResult> {
  const tabId = await openOnUpwork(roomUrl(roomId));
  const answer = tabId === undefined ? null : await askTab(tabId, { type: 'worker:insert', roomId, text });
  if (!answer) return { ok: false, message: t('replyNoTab') };
  const key = ({ inserted: 'replyInserted', copied: 'replyCopied', shown: 'replyShowText' } as const)[answer.outcome];
  return { ok: answer.outcome === 'inserted', message: t(key) };
}

/** The shortcut: the template choice, only in an open room whose client awaits a reply. */
export async function onHoldingCommand(tab: Tabs.Tab | undefined): Promise<void> {
  const roomId = tab?.url && isMessagesPage(tab.url) ? roomIdOf(tab.url) : null;
  if (!roomId || tab?.id === undefined) return;
  const thread = await getThread(roomId);
  if (!thread || thread.waitingSince === null) return;
  const msg: HoldingMenuRequest = {
    type: 'worker:holding-menu',
    roomId,
    name: thread.name,
    title: thread.title,
    templates: await loadTemplates(),
  };
  await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => undefined);
}
