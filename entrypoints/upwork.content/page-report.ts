// Answers the popup's "Report a page problem": the report is made here, from this
// page, and goes back to the extension page that asked (utils/report/report.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { isPageReportRequest } from '@/utils/protocol/guards';
import { browserName, buildReport } from '@/utils/report/report';

export function answerPageReports(ctx: ContentScriptContext): void {
  // Answers through sendResponse: the content script has no polyfill (wxt.config.ts), and Chrome's
  // own listeners cannot answer with a returned promise.
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    // Only the extension's own pages may ask; another page's script cannot reach this listener anyway.
    if (!isPageReportRequest(msg) || sender.id !== browser.runtime.id) return undefined;
    const env = { version: browser.runtime.getManifest().version, browser: browserName(navigator.userAgent) };
    sendResponse(buildReport(document, location.href, Date.now(), env));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
