// The page reader against the committed fixtures (tests/fixtures/pages/), at a fixed "now".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readPage } from '@/utils/upwork/read-page';
import { conversationEvidence } from '@/utils/rules/threads';

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
