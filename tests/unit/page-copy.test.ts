// The page report is made in the extension page from a copy of the Upwork page (so the report's
// code is not loaded on every page): on every committed fixture, the report of the copy is the
// report of the page itself, and a copy that is not one makes no report.
import { describe, expect, it } from 'vitest';
import { copyOfPage } from '@/entrypoints/upwork.content/page-report';
import { isPageCopy, reportOfCopy } from '@/utils/report/page-copy';
import { buildReport } from '@/utils/report/report';
import { addressOf, FIXTURE_PAGES, fixtureHtml, NOW, parse } from './report-fixtures';

const ENV = { version: '0.2.0', browser: 'Chrome 156' };

describe('the report made from a copy of the page is the report made from the page', () => {
  it.each(FIXTURE_PAGES)('%s', (file) => {
    const page = parse(fixtureHtml(file));
    const copy = copyOfPage(page, addressOf(file), NOW.getTime());
    expect(isPageCopy(copy)).toBe(true);
    const fromCopy = reportOfCopy(copy, ENV);
    expect(fromCopy).toEqual(buildReport(page, addressOf(file), NOW.getTime(), ENV));
    expect(fromCopy.outline.length).toBeGreaterThan(0);
  });

  it('and so is a bounded one, cut at the same place', () => {
    const file = 'list-and-room-2026.html';
    const page = parse(fixtureHtml(file));
    const fromCopy = reportOfCopy(copyOfPage(page, addressOf(file), NOW.getTime()), ENV, 2_000);
    expect(fromCopy.note).not.toBeNull();
    expect(fromCopy).toEqual(buildReport(page, addressOf(file), NOW.getTime(), ENV, 2_000));
  });

  it('keeps the page in standards mode: the doctype travels with the copy', () => {
    const page = parse(`<!DOCTYPE html><html><body><p class="Row">x</p></body></html>`);
    const copy = copyOfPage(page, 'https://www.upwork.com/ab/messages/rooms/', NOW.getTime());
    expect(copy.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(parse(copy.html).doctype?.name).toBe('html');
  });
});

it('an answer that is not a page copy makes no report', () => {
  for (const v of [null, undefined, 'html', { type: 'content:page-copy' }, { type: 'content:page-copy', html: 1, address: 'x', at: 0 }])
    expect(isPageCopy(v)).toBe(false);
});
