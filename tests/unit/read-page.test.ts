// The page reader against the committed fixtures (tests/fixtures/pages/), at a fixed "now".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readChanges, readPage } from '@/utils/upwork/read-page';
import { findRowFor } from '@/utils/upwork/read-rooms';
import { conversationEvidence, EMPTY_STATUS, mergeObservation, pageAfter } from '@/utils/rules/threads';
import { isMessagesPage } from '@/utils/upwork/addresses';
import { displayName } from '@/utils/upwork/names';
import type { Thread } from '@/utils/model/types';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York (vitest.config.ts)
const MIN = 60_000;
const at = (offset: number) => Math.floor((NOW.getTime() + offset) / MIN) * MIN;
const id = (tail: string) => `room_${tail.padStart(32, '0')}`;
const story = (n: string) => `story_${n.padStart(32, '0')}`;

function load(name: string): Document {
  const html = fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW);
  return new DOMParser().parseFromString(html, 'text/html');
}
const read = (name: string, room = 'room_000000000000000000000000000000a1', self: string | null = null) =>
  readPage(load(name), `https://www.upwork.com/ab/messages/rooms/${room}?sidebar=true`, NOW.getTime(), self);

describe('the room list', () => {
  const obs = read('list-and-room-2026.html');
  const row = (tail: string) => obs.rows.find((r) => r.roomId === id(tail));
  it('reads every row, its name (doubled names once), title, and who wrote last', () => {
    expect(obs.rows.map((r) => [r.roomId.slice(-2), r.name, r.title, r.lastBy])).toEqual([
      ['a1', 'James Blue', 'Shopify store fixes', 'client'],
      ['a2', 'Ana Lima', 'Logo refresh', 'freelancer'],
      ['a3', 'Carlos Ruiz', 'API integration', 'client'],
      ['a4', 'Dana Wu', '', 'client'], // the subtitle was a date, not a title
      ['a5', 'Eve Park', 'Data cleanup', 'freelancer'], // the older name selector
      ['a6', 'Finn Hale', 'WordPress theme', 'client'],
    ]);
  });
  it('reads "7:57 PM" to the minute, "Yesterday", a weekday and M/D/YY to the day', () => {
    expect(row('a1')!.lastAt).toEqual({ earliest: at(-90 * MIN), latest: at(-90 * MIN) + MIN - 1 });
    expect(new Date(row('a3')!.lastAt!.earliest)).toEqual(new Date(2026, 10, 19));
    expect(new Date(row('a4')!.lastAt!.earliest)).toEqual(new Date(2026, 10, 16)); // Monday
    expect(new Date(row('a5')!.lastAt!.earliest)).toEqual(new Date(2026, 9, 11));
  });
  it('a time it cannot read is no time, not a guess', () => expect(row('a6')!.lastAt).toBeNull());
  it('the page was recognised', () => expect(obs.layout).toBe('ok'));
});

describe('the open conversation', () => {
  const obs = read('list-and-room-2026.html');
  const open = obs.open!;
  it('reads the header: the other party, the job title, and the contract', () => {
    expect(open).toMatchObject({ roomId: id('a1'), name: 'James Blue', title: 'Shopify store fixes', contract: 'active' });
  });
  it('reads each message once, oldest first; skips the deleted one; a quote is not a message', () => {
    expect(open.messages.map((m) => m.id)).toEqual(['1', '2', '3', '4', '5', '7'].map(story));
  });
  it('learns who the freelancer is with no setup, and gives each message its side', () => {
    expect(obs.selfName).toBe('Alex Rivera');
    expect(open.messages.map((m) => m.side)).toEqual(['client', 'freelancer', 'client', 'client', 'client', 'client']);
  });
  it('titled times are exact; a headerless continuation lies between its neighbours', () => {
    expect(open.messages[2].at).toEqual({ earliest: at(-95 * MIN), latest: at(-95 * MIN) + MIN - 1 });
    expect(open.messages[3].at).toEqual({ earliest: at(-95 * MIN), latest: at(-90 * MIN) + MIN - 1 });
  });
  it("the wait starts at the first client message after the freelancer's last one", () => {
    const ev = conversationEvidence(open, NOW.getTime());
    expect(ev).toMatchObject({ by: 'client', runStart: { at: { earliest: at(-95 * MIN) }, bounded: true } });
  });
});

describe('other layouts and quirks', () => {
  it('system messages belong to neither side; day dividers plus clock texts give the times; a contract starts', () => {
    const obs = read('room-answered-system.html', 'room_000000000000000000000000000000b1');
    const m = obs.open!.messages;
    expect(m.map((x) => x.side)).toEqual(['client', 'system', 'freelancer', 'system']);
    expect(m[0].at!.earliest).toBe(new Date(2026, 10, 19, 15, 0).getTime());
    expect(m[2].at!.earliest).toBe(at(-30 * MIN));
    expect(obs.open!.contract).toBe('active');
    expect(conversationEvidence(obs.open!, NOW.getTime())).toMatchObject({ by: 'freelancer' });
  });
  it("a newest-first scroller is read oldest first; a group room needs the freelancer's name", () => {
    const room = 'room_000000000000000000000000000000c1';
    const unknown = read('room-reversed-group.html', room);
    expect(unknown.open!.messages.map((m) => m.id)).toEqual(['21', '22', '23', '24'].map(story));
    expect(unknown.open!.messages.map((m) => m.side)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(conversationEvidence(unknown.open!, NOW.getTime())).toBeNull(); // unclear: never an answer
    const known = read('room-reversed-group.html', room, 'Alex Rivera');
    expect(known.open!.messages.map((m) => m.side)).toEqual(['client', 'freelancer', 'client', 'client']);
  });
  it('an empty inbox is an empty inbox', () => {
    expect(read('empty-inbox.html', '')).toMatchObject({ layout: 'empty', rows: [] });
  });
  it('a page it does not recognise is reported as such, with what was missing, never as an empty inbox', () => {
    const obs = read('unrecognised.html');
    expect(obs.layout).toBe('unrecognised');
    expect(obs.missing).toEqual(expect.arrayContaining(['panel', 'rows', 'conversation']));
  });
});

describe('what the refreshed reference says (2026-07..09)', () => {
  const D1 = id('d1');
  const readVariants = (self: string | null = null) => read('room-variants-2026.html', D1, self);
  const obs = readVariants();
  const side = (o = obs) => o.open!.messages.map((m) => [m.id.slice(-2), m.side]);

  it('a room name of differing variants ("Vato T., Vato Tchipa") is shown once, in its fullest form', () => {
    expect(obs.rows.find((r) => r.roomId === D1)?.name).toBe('Vato Tchipa');
    expect(obs.open!.name).toBe('Vato Tchipa');
  });
  it('a name whose parts are not forms of one name keeps its comma ("Acme, Inc.", a hostile formula)', () => {
    expect(displayName('Acme, Inc.')).toBe('Acme, Inc.');
    expect(displayName('=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    expect(displayName('James B., James Blue')).toBe('James Blue');
    expect(displayName('James Blue, James Blue')).toBe('James Blue');
  });
  it("the link's pageTitle is a first name only: shown when nothing else names the room", () => {
    expect(obs.rows.find((r) => r.roomId === id('d2'))).toMatchObject({ name: 'Gia', lastBy: 'freelancer' });
  });
  it('authors in short form are matched against every variant, for the client and the freelancer alike', () => {
    expect(side()).toEqual([
      ['41', 'client'],
      ['42', 'freelancer'],
      ['43', 'client'],
      ['44', 'client'],
      ['45', 'client'],
    ]);
    expect(obs.selfName).toBe('Alex R.');
    // A freelancer known by the full name recognises the short form, and is not replaced by it.
    const known = readVariants('Alex Rivera');
    expect(side(known)).toEqual(side());
    expect(known.selfName).toBeNull();
  });
  it('a quote in a .quote-wrap is not its message: the quoted header does not answer the room', () => {
    expect(obs.open!.messages[3]).toMatchObject({ id: story('44'), side: 'client' });
    // The wait still runs from 10:10 AM PST, not from after the quoted reply.
    const ev = conversationEvidence(obs.open!, NOW.getTime());
    expect(ev).toMatchObject({ by: 'client', id: story('45'), runStart: { at: { earliest: Date.UTC(2026, 10, 20, 18, 10) } } });
  });
  it('a clock with a known time-zone abbreviation ("10:10 AM PST") is that exact instant', () => {
    const t = Date.UTC(2026, 10, 20, 18, 10);
    expect(obs.open!.messages[2].at).toEqual({ earliest: t, latest: t + MIN - 1 });
    expect(conversationEvidence(obs.open!, NOW.getTime())).toMatchObject({ runStart: { at: { earliest: t }, bounded: true } });
  });
  it('a plain .scroll-wrapper holds the conversation', () => {
    expect(obs.missing).not.toContain('conversation');
    expect(obs.open!.messages).toHaveLength(5);
  });
  it('a time text it cannot read is reported as "time", for a row and for a message; the rest is still read', () => {
    expect(obs.missing).toContain('time');
    expect(obs.rows.find((r) => r.roomId === id('d3'))).toMatchObject({ lastBy: 'client', lastAt: null });
    const conversationOnly = load('room-variants-2026.html');
    conversationOnly.querySelectorAll('.timestamp').forEach((el) => (el.textContent = 'Yesterday'));
    const r = readPage(conversationOnly, `https://www.upwork.com/ab/messages/rooms/${D1}`, NOW.getTime(), null);
    expect(r.missing).toContain('time'); // story 45's "sometime"
    expect(obs.layout).toBe('ok');
  });
  it('mounted rows scrolled to the last-opened room are not the top of the list: rooms out of sight keep their wait', () => {
    const newest = read('list-and-room-2026.html'); // a1 awaits, read earlier from the top of the list
    const stored = new Map<string, Thread>(mergeObservation(new Map(), newest).map((t) => [t.roomId, t]));
    const before = stored.get(id('a1'))!;
    for (const t of mergeObservation(stored, { ...obs, seenAt: NOW.getTime() + MIN })) stored.set(t.roomId, t);
    expect(before).toMatchObject({ last: { by: 'client' } });
    expect(stored.get(id('a1'))).toEqual(before);
    expect(obs.rows.map((r) => r.roomId.slice(-2))).toEqual(['d1', 'd2', 'd3']);
  });
});

describe("a contract's workroom messages (/nx/wm/workroom/<id>/messages)", () => {
  const URL = 'https://www.upwork.com/nx/wm/workroom/38812345/messages';
  const readWorkroom = (doc = load('workroom-messages.html')) => readPage(doc, URL, NOW.getTime(), 'Alex Rivera');
  it('is a page the extension reads, and the worker accepts reads from', () => {
    expect(isMessagesPage(URL)).toBe(true);
    expect(isMessagesPage('https://www.upwork.com/nx/wm/workroom/38812345/files')).toBe(false);
  });
  it('reads the conversation of the room it links to; the client waits from their message', () => {
    const obs = readWorkroom();
    expect(obs).toMatchObject({ layout: 'ok', rows: [], open: { roomId: id('e1'), name: 'Ines Duarte' } });
    expect(obs.open!.messages.map((m) => m.side)).toEqual(['freelancer', 'client']);
    expect(conversationEvidence(obs.open!, NOW.getTime())).toMatchObject({ by: 'client', runStart: { at: { earliest: at(-50 * MIN) } } });
  });
  it('is never an empty inbox, and never a fresh read of every room', () => {
    const obs = readWorkroom();
    expect(obs.missing).toContain('workroom');
    const before = {
      ...EMPTY_STATUS,
      lastReadAt: NOW.getTime() - 5 * 60 * MIN,
      checkedAt: NOW.getTime() - 5 * 60 * MIN,
      layout: 'ok' as const,
    };
    expect(pageAfter(before, obs).lastReadAt).toBe(before.lastReadAt);
  });
  it('without a link to its room it says the page is not read, never "empty"', () => {
    const doc = load('workroom-messages.html');
    doc.querySelector('nav')!.remove();
    const obs = readWorkroom(doc);
    expect(obs).toMatchObject({ layout: 'unrecognised', rows: [], open: null });
    expect(obs.missing).toEqual(['workroom', 'messages']);
  });
  it('an incremental read of the workroom takes no link for a row', () => {
    const doc = load('workroom-messages.html');
    const obs = readChanges(doc, URL, [doc.querySelector('nav a')!], true, NOW.getTime(), 'Alex Rivera')!;
    expect(obs.rows).toEqual([]);
    expect(obs.missing).toEqual(['workroom']);
    expect(obs.open?.roomId).toBe(id('e1'));
  });
});

describe('unclear pages found by the fuzz test: never an answer', () => {
  const A1 = 'room_000000000000000000000000000000a1';
  const readDoc = (doc: Document, self: string | null = 'Alex Rivera') =>
    readPage(doc, `https://www.upwork.com/ab/messages/rooms/${A1}`, NOW.getTime(), self);
  const lastWriter = (doc: Document, self?: string | null) => conversationEvidence(readDoc(doc, self).open!, NOW.getTime())?.by ?? null;
  const storyEl = (doc: Document, n: string) => doc.getElementById(story(n))!;

  it('a header whose name cannot be read starts a run by an unknown author, not a continuation of the one above', () => {
    const doc = load('list-and-room-2026.html');
    for (const n of ['3', '7']) storyEl(doc, n).querySelector('.user-name')!.textContent = '';
    // James's messages 3 to 7 now follow Alex's reply under unnamed headers.
    expect(lastWriter(doc)).toBeNull();
  });
  it("a message with a header is a person's even when its body is not recognised (never a system note)", () => {
    const doc = load('list-and-room-2026.html');
    for (const n of ['4', '5', '6', '7']) storyEl(doc, n).remove();
    // James's reply to Alex (-95m) comes last, with a body class and hook we do not know.
    storyEl(doc, '3').querySelector('.story-message')!.className = 'story-body-v2';
    storyEl(doc, '3').querySelector('[data-test="story-message"]')!.removeAttribute('data-test');
    expect(readDoc(doc).open!.messages.map((m) => m.side)).toEqual(['client', 'freelancer', 'client']);
    expect(lastWriter(doc)).toBe('client');
  });
  it('titled times that go both ways give no order, so no last writer', () => {
    const doc = load('list-and-room-2026.html');
    const list = storyEl(doc, '1').parentElement!;
    list.prepend(storyEl(doc, '5')); // untitled, Alex's quote inside; then 2 (-2h), 3, 4, 7 (-90m), 6, 1 (-3h)
    list.append(storyEl(doc, '1'));
    list.insertBefore(storyEl(doc, '2'), storyEl(doc, '3'));
    expect(lastWriter(doc)).toBeNull();
  });
  it('one titled time cannot tell which end is newest when two people wrote', () => {
    const doc = load('workroom-messages.html');
    doc.querySelector(`#${story('52')} .story-timestamp`)!.className = 'story-timestamp-v2';
    const obs = readPage(doc, 'https://www.upwork.com/nx/wm/workroom/38812345/messages', NOW.getTime(), 'Alex Rivera');
    expect(conversationEvidence(obs.open!, NOW.getTime())).toBeNull();
  });
  it('a freelancer name learned from a one-to-one room never replaces a different known one', () => {
    const doc = load('room-variants-2026.html');
    doc.querySelector('.room-title')!.textContent = 'Someone Else';
    doc.querySelector(`#${story('42')} .user-name`)!.textContent = 'Someone Else';
    // The room now reads as if Vato were the freelancer; the known name says otherwise.
    const obs = readPage(doc, `https://www.upwork.com/ab/messages/rooms/${id('d1')}`, NOW.getTime(), 'Alex Rivera');
    expect(obs.selfName).toBeNull();
    expect(conversationEvidence(obs.open!, NOW.getTime())?.by).not.toBe('freelancer');
  });
});

describe('finding the open room’s row', () => {
  const doc = new DOMParser().parseFromString(
    `<div data-test="rooms-panel">
      <a data-test="room-list-item" href="/ab/messages/rooms/${id('b1')}?from=${id('b2')}">B1</a>
      <a data-test="room-list-item" href="/ab/messages/rooms/${id('b2')}">B2</a>
    </div>`,
    'text/html',
  );
  it('is the row whose own room is that room, not a row whose link only mentions it', () => {
    expect(findRowFor(doc, id('b2'))?.textContent).toBe('B2');
    expect(findRowFor(doc, id('b1'))?.textContent).toBe('B1');
  });
  it('is no row, and no broken selector, for something that is not a room id', () => {
    // Without the check, each of these would be a selector the browser refuses (it throws).
    expect(findRowFor(doc, '"]*')).toBeNull();
    expect(findRowFor(doc, 'room_"x')).toBeNull();
  });
});
