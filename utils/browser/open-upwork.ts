// Opens an Upwork Messages URL, reusing an open Messages tab (never another
// Upwork page the user is working in).
import { browser } from 'wxt/browser';
import { MESSAGES_MATCH, PROPOSALS_MATCH, roomIdOf } from '@/utils/upwork/addresses';

/**
 * Returns the tab's id. `match` says which open tab may be reused (Messages by default).
 * A tab already showing that room is only brought forward: a reload would lose a draft.
 */
export async function openOnUpwork(url: string, match: string = MESSAGES_MATCH): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ url: match });
  if (tab?.id !== undefined) {
    const same = roomIdOf(url) !== null && roomIdOf(tab.url) === roomIdOf(url);
    await browser.tabs.update(tab.id, same ? { active: true } : { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return tab.id;
  }
  return (await browser.tabs.create({ url })).id;
}

/** An invitation opens in a proposals tab if one is open, else a new tab: never over the Messages page. */
export const openInvitationPage = (url: string) => openOnUpwork(url, PROPOSALS_MATCH);

/** Reloads the open Messages tab (or opens Messages): asked by the user when the page was not understood. */
export async function reloadUpwork(url: string): Promise<void> {
  const [tab] = await browser.tabs.query({ url: MESSAGES_MATCH });
  if (tab?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.reload(tab.id);
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
