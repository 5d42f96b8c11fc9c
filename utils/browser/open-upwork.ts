// Opens an Upwork Messages URL, reusing an open Messages tab (never another
// Upwork page the user is working in).
import { browser } from 'wxt/browser';
import { MESSAGES_MATCH } from '@/utils/upwork/addresses';

export async function openOnUpwork(url: string): Promise<void> {
  const [tab] = await browser.tabs.query({ url: MESSAGES_MATCH });
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { url, active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}
