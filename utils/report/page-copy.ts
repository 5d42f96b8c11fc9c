// The page report made from a copy of the page (entrypoints/upwork.content/page-report.ts), in the
// extension page that asked. The copy is parsed into an inert document: no script of the page runs,
// nothing it names is fetched, and none of it is shown; only the redacted report is (report.ts).
// The readers read no layout (text-parts.ts), so they read the copy as they read the page.
import { buildReport, type PageReport, type ReportEnv } from './report';

/**
 * The tab's answer to a PageReportRequest: a copy of its page, from which the asking extension page
 * makes the report (here), so that the report's code is not loaded on every page.
 */
export interface PageCopy {
  type: 'content:page-copy';
  /** The page's markup as it is now (document.documentElement.outerHTML, with its doctype). */
  html: string;
  address: string;
  at: number;
}

export const isPageCopy = (v: unknown): v is PageCopy =>
  typeof v === 'object' &&
  v !== null &&
  (v as PageCopy).type === 'content:page-copy' &&
  typeof (v as PageCopy).html === 'string' &&
  typeof (v as PageCopy).address === 'string' &&
  typeof (v as PageCopy).at === 'number';

export function reportOfCopy(copy: PageCopy, env: ReportEnv, maxChars?: number): PageReport {
  const doc = new DOMParser().parseFromString(copy.html, 'text/html');
  return buildReport(doc, copy.address, copy.at, env, maxChars);
}
