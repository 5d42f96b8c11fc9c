// Asks the Upwork tab the user is looking at for a copy of its page, and makes the page report
// from it here (utils/report/page-copy.ts), on the user's computer. The report's code is loaded
// only now, when the user asks; no permission beyond Upwork's.
import { browser } from 'wxt/browser';
import type { PageReport } from '@/utils/report/report';
import type { PageReportRequest } from '@/utils/protocol/messages';
import { UPWORK_MATCH } from '@/utils/upwork/addresses';

/** The Upwork tab in front (active in the last focused window), else the one used last. */
async function upworkTab(): Promise<number | undefined> {
  const [front] = await browser.tabs.query({ url: UPWORK_MATCH, active: true, lastFocusedWindow: true });
  if (front?.id !== undefined) return front.id;
  const all = await browser.tabs.query({ url: UPWORK_MATCH });
  const last = all.sort(
    (a, b) => ((b as { lastAccessed?: number }).lastAccessed ?? 0) - ((a as { lastAccessed?: number }).lastAccessed ?? 0),
  )[0];
  return last?.id;
}

/** null when no Upwork tab is open, or none answered (a tab opened before the extension was installed). */
export async function requestPageReport(): Promise<PageReport | null> {
  const id = await upworkTab();
  if (id === undefined) return null;
  const request: PageReportRequest = { type: 'popup:page-report' };
  const answer: unknown = await browser.tabs.sendMessage(id, request).catch(() => null);
  const [{ isPageCopy, reportOfCopy }, { browserName }] = await Promise.all([
    import('@/utils/report/page-copy'),
    import('@/utils/report/report'),
  ]);
  if (!isPageCopy(answer)) return null;
  return reportOfCopy(answer, { version: browser.runtime.getManifest().version, browser: browserName(navigator.userAgent) });
}
