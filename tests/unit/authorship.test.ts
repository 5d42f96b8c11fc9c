// Who wrote last, and the smaller facts, on the 2026-08 layout (tests/fixtures/pages/layout-2026-08.html).
// The invariants quoted in these titles are stated at the top of utils/upwork/read-conversation.ts.
// On main: the header-less newest message was the client's whatever the row said; the system note with a
// body was the freelancer's; "You" was learned as the freelancer's name (or, with a known name, was the
// client); the .story-message-header layer was not a header; "Monday, Sep 29" was read as 2026.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillTimeTokens } from '../demo/upwork-time-text.js';
import { readPage } from '@/utils/upwork/read-page';
import { findComposer } from '@/utils/upwork/composer';
import { conversationEvidence, mergeObservation } from '@/utils/rules/threads';

const NOW = new Date(2026, 10, 20, 15, 0); // Friday 20 Nov 2026, 3 PM, New York
const MIN = 60_000;
const id = (tail: string) => `room_${tail.padStart(32, '0')}`;
const story = (n: string) => `story_${n.padStart(32, '0')}`;
const load = (name = 'layout-2026-08.html') =>
  new DOMParser().parseFromString(fillTimeTokens(readFileSync(`tests/fixtures/pages/${name}`, 'utf8'), NOW), 'text/html');
const read = (doc: Document, self: string | null = 'Alex Rivera') =>
  readPage(doc, `https://www.upwork.com/ab/messages/rooms/${id('f1')}`, NOW.getTime(), self);
const side = (obs: ReturnType<typeof read>, n: string) => obs.open!.messages.find((m) => m.id === story(n))?.side;
const minute = (offset: number) => Math.floor((NOW.getTime() + offset) / MIN) * MIN;

describe('"A header-less message at the newest end is weak evidence"', () => {
  it("the row agrees (the client wrote last): the message is the client's, and the wait starts at the run's first", () => {
    const obs = read(load());
    expect(side(obs, '65')).toBe('client');
    expect(conversationEvidence(obs.open!, NOW.getTime())?.runStart?.at.earliest).toBe(minute(-90 * MIN));
  });
  it('the row\'s "You:" says otherwise: the row wins, the author is unknown and the conversation answers nothing', () => {
    const doc = load();
    doc.querySelector(`a[href*="${id('f1')}"] .room-list-item-story`)!.textContent = 'You: And the logo files';
    const obs = read(doc);
    expect(side(obs, '65')).toBe('unknown');
    expect(conversationEvidence(obs.open!, NOW.getTime())).toBeNull();
    expect(mergeObservation(new Map(), obs).find((t) => t.roomId === id('f1'))?.last?.by).toBe('freelancer');
  });
  it('nothing confirms the author (no row): unknown, never a reply and never a new wait', () => {
    const doc = load();
    doc.querySelector(`a[data-test="room-list-item"][href*="${id('f1')}"]`)!.remove();
    const obs = read(doc);
    expect(side(obs, '65')).toBe('unknown');
    expect(conversationEvidence(obs.open!, NOW.getTime())).toBeNull();
    expect(mergeObservation(new Map(), obs).find((t) => t.roomId === id('f1'))?.waitingSince ?? null).toBeNull();
  });
});

describe('"A story with a body but no author of its own that reads as a note is a system note"', () => {
  it("the offer note (actor in <strong>, body in .up-d-message, no .user-name) is no person's message", () => {
    expect(side(read(load()), '63')).toBe('system');
  });
  it("at the newest end it is skipped: the last person's message decides", () => {
    const doc = load();
    const list = doc.querySelector('.story-list')!;
    list.append(doc.getElementById(story('63'))!);
    const obs = read(doc);
    expect(side(obs, '63')).toBe('system');
    expect(conversationEvidence(obs.open!, NOW.getTime())?.id).toBe(story('65'));
  });
});

describe('"\'You\' as an author is the freelancer"', () => {
  it('with the freelancer\'s name known, "You" is the freelancer, not the client', () => {
    expect(side(read(load()), '62')).toBe('freelancer');
  });
  it('with no name known, "You" is the freelancer and is never learned as a name', () => {
    const obs = read(load(), null);
    expect(side(obs, '62')).toBe('freelancer');
    expect(obs.selfName).not.toBe('You');
  });
});

describe('the smaller facts', () => {
  const obs = read(load());
  it('a divider\'s weekday picks its year: "Monday, Sep 29" read in 2026 is 29 Sep 2025', () => {
    const at = obs.open!.messages.find((m) => m.id === story('60'))!.at!;
    expect(new Date(at.earliest)).toEqual(new Date(2025, 8, 29, 10, 0));
  });
  it('the dated layers: .story-message-header is a header, .up-d-message a body, .up-d-room-header the room header', () => {
    // With no name known, s64 is Nora's by its own header, not a continuation of "You" above it.
    expect(side(read(load(), null), '64')).toBe('client');
    expect(obs.open).toMatchObject({ name: 'Nora Field', title: 'Data pipeline', contract: 'active' });
  });
  it('the composer\'s [role="textbox"] is the reply box, not another editor in the room pane', () => {
    const doc = load();
    // A message being edited in place comes first in the pane.
    const editing = doc.getElementById(story('62'))!.appendChild(doc.createElement('div'));
    editing.setAttribute('contenteditable', 'true');
    expect(findComposer(doc)?.getAttribute('role')).toBe('textbox');
  });
  it('the empty-inbox texts and the filter tabs are no rows: the inbox is empty, not unrecognised', () => {
    const empty = readPage(load('empty-inbox-2026-08.html'), 'https://www.upwork.com/ab/messages/rooms/', NOW.getTime(), null);
    expect(empty).toMatchObject({ layout: 'empty', rows: [] });
    expect(empty.missing).not.toContain('unreadable');
  });
});
