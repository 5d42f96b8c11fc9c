// The page report on every committed fixture: what it keeps (structure, hooks, the reader's
// own words) and what never survives redaction (names, message texts, job titles, ids).
import { describe, expect, it } from 'vitest';
import { buildReport, reportFile } from '@/utils/report/report';
import { readPage } from '@/utils/upwork/read-page';
import { readInvitationsPage } from '@/utils/upwork/read-invitations';
import { addressOf, FIXTURE_PAGES, fixtureHtml, NOW, parse } from './report-fixtures';

const ENV = { version: '0.2.0', browser: 'Chrome 156' };
const report = (html: string, url: string, max?: number) => buildReport(parse(html), url, NOW.getTime(), ENV, max);

/**
 * The words a report keeps on purpose (the list): the reader's own, and the days and months of time texts;
 * since 2026-08 also the list's filter tabs and the empty inbox's words, which the reader reads (row-place.ts).
 */
const READER_WORDS =
  /^(you|yesterday|today|now|just|ago|received|initiated|view|contract|local|time|am|pm|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[a-z]+day|january|february|march|april|june|july|august|september|october|november|december|hours?|minutes?|days?|weeks?|invites|from|clients|invitations?|apply|interview|accept|decline|declined|accepted|withdrawn|to|messages|proposals|unread|favou?rites|all|archived?|welcome|conversations|will|appear|here)$/i;
/** Zone abbreviations after a clock ("1:10 PM PDT") are kept to diagnose time formats. */
const ZONE = /^([A-Z]{1,3}[SD]T|UTC|GMT)$/;
/** The outline's texts and free values: tags, classes, hooks and ids are the page's code, not its words. */
const wordsOf = (lines: string[]) =>
  lines.map((l) =>
    l
      .trim()
      .replace(/^[a-z][\w-]*/, '')
      .replace(/ (class|id|role|data-[\w-]+)="[^"]*"/g, ''),
  );

/** What the reader itself took from the page: names, titles, ids (the things a report must not carry). */
function secretsOf(file: string): string[] {
  const doc = parse(fixtureHtml(file));
  const url = addressOf(file);
  const texts: string[] = [];
  if (url.includes('/nx/proposals')) {
    const obs = readInvitationsPage(doc, new URL(url).pathname, NOW.getTime());
    for (const i of obs.invitations) texts.push(i.id, i.title, i.client);
  } else {
    const obs = readPage(doc, url, NOW.getTime(), null);
    for (const r of obs.rows) texts.push(r.roomId, r.name, r.title);
    if (obs.open) texts.push(obs.open.roomId, obs.open.name, obs.open.title, ...obs.open.messages.map((m) => m.id));
    if (obs.selfName) texts.push(obs.selfName);
  }
  // Every text of the page, as written: message texts, previews, headings.
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('script, style')) texts.push(n.nodeValue ?? '');
  // Each id in any href or id attribute (room, story, invitation, attachment, workroom).
  for (const el of doc.querySelectorAll('[href], [id]'))
    texts.push(...(((el.getAttribute('href') ?? '') + ' ' + el.id).match(/[0-9a-f-]{8,}|\d{4,}/gi) ?? []));
  // Names and titles word by word: "Blue" must not survive alone either.
  return [...new Set(texts.flatMap((t) => [t.trim(), ...t.split(/[\s,·:]+/).filter((w) => /\p{L}{3,}/u.test(w))]))].filter(
    (t) => t.length >= 3 && !(t.match(/\p{L}+/gu) ?? []).every((w) => READER_WORDS.test(w) || ZONE.test(w)),
  );
}

describe.each(FIXTURE_PAGES)('the report of %s', (file) => {
  const r = report(fixtureHtml(file), addressOf(file));
  // The outline and what is said beside it; the report's own field names are not the page's words.
  const text = [...wordsOf(r.outline), JSON.stringify(r.reader?.times), r.address].join('\n');
  it('"a shape holds no letter or digit of the page except the reader\'s own words": no name, message, title or id survives', () => {
    const secrets = secretsOf(file);
    expect(secrets.length).toBeGreaterThan(0);
    const survived = secrets.filter((s) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(text),
    );
    expect(survived).toEqual([]);
  });
  it("keeps the reader's own words where the page has them", () => {
    const page = parse(fixtureHtml(file)).body.textContent ?? '';
    const words = ['You:', 'Yesterday', 'PM', 'AM', 'local time', 'View contract', 'Received', 'Initiated', 'November', 'Nov', 'Monday'];
    const expected = words.filter((w) => new RegExp(`\\b${w}(?![\\p{L}])`, 'u').test(page));
    expect(expected.filter((w) => !r.outline.join('\n').includes(w))).toEqual([]);
  });
  it('keeps the hooks and classes the reader matches, and the shape of each address', () => {
    expect(r.outline.length).toBeGreaterThan(3);
    expect(r.reader).not.toBeNull();
    // The page's hooks, not words in its comments ("no [data-test=\"empty-state\"] hook" says a fixture).
    const hooks = Array.from(parse(fixtureHtml(file)).body.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^data-(?:test|qa|cy)$/.test(a.name) && /^[\w-]+$/.test(a.value))
        .map((a) => `${a.name}="${a.value}"`),
    );
    for (const hook of hooks) expect(r.outline.join('\n')).toContain(hook);
    expect(text).not.toMatch(/[?&](sidebar|pageTitle|companyReference)=/);
  });
});

describe('the report, on bad input', () => {
  it('a 20-row inbox with its open room gives at most 100 KB', () => {
    const doc = parse(fixtureHtml('list-and-room-2026.html'));
    const list = doc.querySelector('.rooms-panel-items')!;
    const rows = list.querySelectorAll('a');
    for (let i = rows.length; i < 20; i++) {
      const row = rows[i % rows.length].cloneNode(true) as Element;
      row.setAttribute('href', `/ab/messages/rooms/room_${String(i).padStart(32, 'f')}`);
      list.append(row);
    }
    const r = buildReport(doc, addressOf('list-and-room-2026.html'), NOW.getTime(), ENV);
    expect(r.reader!.found.rows).toBe(20);
    expect(r.outlineCut).toBeNull();
    expect(new TextEncoder().encode(reportFile(r)).length).toBeLessThanOrEqual(100_000);
  });
  it('a page too large stops at a bound and says where', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `<div class="row-${i % 7}"><span>Some name ${i}</span></div>`).join('');
    const r = report(
      `<html><body><div id="__nuxt"><main class="big">${rows}</main></div></body></html>`,
      'https://www.upwork.com/ab/messages/rooms/',
    );
    expect(r.outlineCut).toMatchObject({ at: expect.stringMatching(/body > div#__nuxt > main\.big/) });
    expect(r.outlineCut!.elementsLeft).toBeGreaterThan(0);
    expect(r.note).toContain(r.outlineCut!.at);
    expect(r.outline.at(-1)).toMatch(/stops here/);
    expect(new TextEncoder().encode(reportFile(r)).length).toBeLessThanOrEqual(100_000);
  }, 30_000); // happy-dom reads a page this large slowly
  it("a page too large for a whole outline keeps the reader's parts in full, and says so", () => {
    const sidebar = Array.from({ length: 4000 }, (_, i) => `<li class="menu-item"><a href="/nx/find-work/${i}">Menu entry</a></li>`).join(
      '',
    );
    const doc = parse(fixtureHtml('list-and-room-2026.html'));
    doc
      .querySelector('#__nuxt')!
      .prepend(doc.importNode(parse(`<nav class="ng-sidebar-layout-wrapper"><ul>${sidebar}</ul></nav>`).body.firstElementChild!, true));
    const r = buildReport(doc, addressOf('list-and-room-2026.html'), NOW.getTime(), ENV);
    expect(r.outlineCut).toBeNull();
    expect(r.note).toMatch(/only the parts Reply Window reads are outlined in full/);
    expect(r.outline.filter((l) => l.includes('data-test="room-list-item"'))).toHaveLength(6);
    expect(r.outline.join('\n')).toContain('id="story-viewport"');
    expect(r.outline.find((l) => l.includes('ng-sidebar-layout-wrapper'))).toMatch(/…8001 elements left out$/);
    expect(new TextEncoder().encode(reportFile(r)).length).toBeLessThanOrEqual(100_000);
  }, 30_000);
  it('a page with no Upwork part the extension reads says so, and has no outline', () => {
    const r = report(fixtureHtml('list-and-room-2026.html'), 'https://www.upwork.com/freelancers/settings/contactInfo');
    expect(r).toMatchObject({ pageKind: 'not a page Reply Window reads', outline: [], reader: null });
    expect(r.note).toMatch(/not an Upwork page that Reply Window reads/);
  });
  it('a time the reader cannot read is told as the reader reads it: part by part, nothing hidden, never glued', () => {
    // Vue writes siblings with no space between them; a <style> inside is no text a person reads.
    const row = `<a data-test="room-list-item" href="/ab/messages/rooms/room_${'2'.repeat(32)}"><span data-test="room-name">Ann Bee</span><span class="timestamp">Sent<style>.q{}</style><span>about</span><span>3</span></span></a>`;
    const r = report(`<html><body><div data-test="rooms-panel">${row}</div></body></html>`, 'https://www.upwork.com/ab/messages/rooms/');
    expect(r.reader!.times.notParsed).toEqual([{ where: 'room list', shape: 'Aaaa aaaaa 9', count: 1 }]);
  });
  it("an address keeps only the path words of the addresses the reader reads: any other segment may be a job's or a person's", () => {
    const r = report(
      `<html><body><div data-test="rooms-panel"><a href="/nx/find-work/">Find work</a><a href="/jobs/logo-design-for-acme/">Job</a><a href="/ab/messages/att/123456">File</a></div></body></html>`,
      'https://www.upwork.com/ab/messages/rooms/',
    );
    const hrefs = r.outline.flatMap((l) => /href="([^"]*)"/.exec(l)?.[1] ?? []);
    expect(hrefs).toEqual(['/nx/aaaa-aaaa/', '/aaaa/aaaa-aaaaaa-aaa-aaaa/', '/ab/messages/att/…d1']);
  });
  it('hostile page text reaches the report only as a shape, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const html = `<html><body><div id="__nuxt"><div data-test="rooms-panel"><a data-test="room-list-item" href="/ab/messages/rooms/room_${'1'.repeat(32)}?pageTitle=${encodeURIComponent(evil)}" data-test-x="${evil.replace(/"/g, '&quot;')}" aria-label="${evil.replace(/"/g, '&quot;')}"><span data-test="room-name">${evil.replace(/</g, '&lt;')}</span></a></div></div></body></html>`;
    const text = reportFile(report(html, 'https://www.upwork.com/ab/messages/rooms/'));
    expect(text).not.toMatch(/img|onerror|script|alert/i);
  });
});
