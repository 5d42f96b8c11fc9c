// Opens an Upwork Messages URL, reusing an open Messages tab (never another
// Upwork page the user is working in).
import { browser } from 'wxt/browser';
import { MESSAGES_MATCH, PROPOSALS_MATCH } from '@/utils/upwork/addresses';

export async function openOnUpwork(url: string, match: string = MESSAGES_MATCH): Promise<void> {
  const [tab] = await browser.tabs.query({ url: match });
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}

/** An invitation opens in a proposals tab if one is open, else a new tab: never over the Messages page. */
export const openInvitationPage = (url: string) => openOnUpwork(url, PROPOSALS_MATCH);
