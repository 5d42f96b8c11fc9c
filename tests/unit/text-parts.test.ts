// Text as a person sees it: Vue renders sibling elements with no space between them,
// so every reader takes its words part by part (utils/upwork/text-parts.ts).
// On main (before this helper) the glued cases below read "ReceivedAug 22, 2026" and "2:07 PMEST".
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spacedText, textParts } from '@/utils/upwork/text-parts';
import { readConversation } from '@/utils/upwork/read-conversation';

const dom = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
const el = (html: string) => dom(html).body.firstElementChild!;

describe('textParts', () => {
  it('separate elements rendered with no space are separate parts', () => {
    expect(textParts(el('<div><span>Received</span><span>Aug 22, 2026</span><span>2 days ago</span></div>'))).toEqual([
      'Received',
      'Aug 22, 2026',
      '2 days ago',
    ]);
  });
  it('a text beside an element, a <br> and block boundaries separate parts', () => {
    expect(textParts(el('<div>Initiated<br>May 11, 2026<div>yesterday</div></div>'))).toEqual(['Initiated', 'May 11, 2026', 'yesterday']);
    expect(textParts(el('<div>Received<span class="nowrap">Dec 2, 2026</span></div>'))).toEqual(['Received', 'Dec 2, 2026']);
  });
  it('collapses whitespace, drops empty parts, skips scripts, styles and what `skip` matches', () => {
    const cell = el('<div>  a \n b <script>x=1</script><style>p{}</style><i> </i><q class="quote">old</q>c</div>');
    expect(textParts(cell, '.quote')).toEqual(['a b', 'c']);
    expect(spacedText(cell)).toBe('a b old c');
    expect(textParts(null)).toEqual([]);
  });
});

describe('the readers never parse a glued text', () => {
  it('no reader in utils/upwork reads `.textContent` (a glued text) to match words or parse times', () => {
    const files = readdirSync('utils/upwork').filter((f) => f.endsWith('.ts'));
    const offenders = files.filter((f) => /\.textContent\b|\.innerText\b/.test(readFileSync(`utils/upwork/${f}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('a message time whose zone is a sibling element ("2:07 PM" + "EST") is read, not lost as "2:07 PMEST"', () => {
    const doc = dom(`<div class="room-title">Nora Field</div><div id="story-viewport">
      <div class="up-d-story-item" id="story_${'1'.padStart(32, '0')}"><div class="story-day-header"><span class="header-timestamp">Today</span></div>
        <div data-test="story-header"><span class="user-name">Nora Field</span><span class="story-timestamp"><span>2:07 PM</span><span>EST</span></span></div>
        <div class="story-message"><div data-test="story-message"><p>Hello</p></div></div></div></div>`);
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const read = readConversation(doc, 'room_1', now, 'Alex Rivera')!;
    expect(read.untimed).toBe(0);
    expect(new Date(read.open.messages[0].at!.earliest)).toEqual(new Date(2026, 10, 20, 14, 7));
  });
});
