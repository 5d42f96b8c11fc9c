// Opens an Upwork Messages URL, reusing an open Messages tab (never another
// Upwork page the user is working in).
import { browser } from 'wxt/browser';
import { MESSAGES_MATCH, roomIdOf } from '@/utils/upwork/addresses';

/** Returns the tab's id. A tab already showing that room is only brought forward: a reload would lose a draft. */
export async function openOnUpwork(url: string): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ url: MESSAGES_MATCH });
  if (tab?.id !== undefined) {
    const same = roomIdOf(url) !== null && roomIdOf(tab.url) === roomIdOf(url);
    await browser.tabs.update(tab.id, same ? { active: true } : { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return tab.id;
  }
  return (await browser.tabs.create({ url })).id;
}
