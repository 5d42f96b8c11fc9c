// Answers the popup's "Report a page problem" with a copy of this page as it is now: its markup,
// address and time. The extension page that asked makes the redacted report from the copy
// (utils/report/page-copy.ts), so the report's code (3.7 kB gzipped) is not loaded on every
// Upwork page; the copy goes to that page only, and is never stored.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { isPageReportRequest } from '@/utils/protocol/guards';
import type { PageCopy } from '@/utils/protocol/messages';

/** The page as it is now, for a report. The doctype too: without it the copy parses in quirks mode, where class selectors ignore case. */
export function copyOfPage(doc: Document, address: string, at: number): PageCopy {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  // Read, never written: the copy is parsed into an inert document and never rendered (utils/report/page-copy.ts).
  // eslint-disable-next-line no-restricted-syntax
  return { type: 'content:page-copy', html: doctype + doc.documentElement.outerHTML, address, at };
}

export function answerPageReports(ctx: ContentScriptContext): void {
  // Answers through sendResponse: the content script has no polyfill (wxt.config.ts), and Chrome's
  // own listeners cannot answer with a returned promise.
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    // Only the extension's own pages may ask; another page's script cannot reach this listener anyway.
    if (!isPageReportRequest(msg) || sender.id !== browser.runtime.id) return undefined;
    sendResponse(copyOfPage(document, location.href, Date.now()));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
