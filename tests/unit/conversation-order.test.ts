// The invariants of conversation order and authorship, each named as it is
// written at the top of its module (story-order.ts, story-times.ts,
// read-conversation.ts). Times are read in America/New_York, through its
// 2026 fall-back night and ordinary days.
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { format } from 'date-fns';
import { chronological, type OrderedStory } from '@/utils/upwork/story-order';
import { resolveStoryTimes } from '@/utils/upwork/story-times';
import { readConversation } from '@/utils/upwork/read-conversation';
import { conversationEvidence } from '@/utils/rules/threads';

const M = 60_000;
const START = Date.parse('2026-10-31T20:00:00Z'); // 4 PM EDT the day before the clocks go back

interface Written extends OrderedStory {
  at: number;
}
/** A conversation as written: times rising, each story titled or not, headed when its author changes. */
const conversation = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 * 60 }), fc.boolean(), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((steps) => {
    let at = START;
    let prev: string | null = null;
    let day = '';
    return steps.map(([gap, byClient, titled, clocked]): Written => {
      at += gap * M;
      const author = byClient ? 'James Blue' : 'Me';
      const header = author !== prev;
      prev = author;
      const date = format(at, 'EEEE, MMM d, yyyy');
      const divider = date !== day ? date : null;
      day = date;
      return {
        at,
        author,
        header,
        title: titled ? format(at, "MMMM d, yyyy 'at' h:mm a") : null,
        clock: clocked ? format(at, 'h:mm a') : null,
        divider,
      };
    });
  });
const NOW = START + 12 * 6 * 60 * M + M;

describe('story-order.ts', () => {
  test.prop([conversation, fc.boolean()], { numRuns: 300 })(
    '"who wrote last is never guessed": the written order, the page\'s when one author wrote all and no time depends on it, or none',
    (written, reversedOnPage) => {
      const dom = reversedOnPage ? [...written].reverse() : written;
      const out = chronological(dom, NOW);
      if (out === null) return;
      const oneAuthor = new Set(written.map((s) => s.author)).size === 1;
      if (!oneAuthor) expect(out.map((s) => s.at)).toEqual(written.map((s) => s.at));
      else expect([written, dom]).toContainEqual(out);
      // Whatever order comes back, the times it gives are not wrong.
      resolveStoryTimes(out, NOW).forEach((t, i) => t && expect(t.earliest <= out[i].at && out[i].at <= t.latest).toBe(true));
    },
  );
});

describe('story-times.ts', () => {
  test.prop([conversation])(
    '"each message\'s range contains the moment it was written; a contradiction gives no time, never a wrong one"',
    (written) => {
      const times = resolveStoryTimes(written, NOW);
      times.forEach((t, i) => {
        if (t) expect(t.earliest <= written[i].at && written[i].at <= t.latest).toBe(true);
      });
      // A message is never timed before the one it follows.
      const known = times.filter((t) => t !== null);
      known.forEach((t, i) => i === 0 || expect(t.earliest).toBeGreaterThanOrEqual(known[i - 1].earliest));
    },
  );
});

/** A minimal conversation in the page's markup (selectors.ts), built without markup strings. */
function page(stories: { author: string; title: string | null }[]): Document {
  const doc = document.implementation.createHTMLDocument('room');
  const title = doc.createElement('div');
  title.setAttribute('data-test', 'room-title');
  title.textContent = 'James Blue';
  const viewport = doc.createElement('div');
  viewport.id = 'story-viewport';
  stories.forEach((s, i) => {
    const story = doc.createElement('div');
    story.id = `story_${i + 1}`;
    const header = doc.createElement('div');
    header.setAttribute('data-test', 'story-header');
    const name = doc.createElement('span');
    name.className = 'user-name';
    name.textContent = s.author;
    const stamp = doc.createElement('span');
    stamp.className = 'story-timestamp';
    if (s.title) stamp.setAttribute('title', s.title);
    stamp.textContent = '1:10 AM';
    header.append(name, stamp);
    const text = doc.createElement('div');
    text.setAttribute('data-test', 'story-message');
    text.textContent = 'Hello';
    story.append(header, text);
    viewport.append(story);
  });
  doc.body.append(title, viewport);
  return doc;
}

describe('read-conversation.ts', () => {
  it('"without a known order no message has a time, so none answers the room or starts a wait"', () => {
    // Two authors, both titled in the repeated hour (1:50 AM EDT, then 1:10 AM EST): the page does not say which is last.
    const doc = page([
      { author: 'James Blue', title: 'November 1, 2026 at 1:50 AM' },
      { author: 'Alex Rivera', title: 'November 1, 2026 at 1:10 AM' },
    ]);
    const now = Date.parse('2026-11-01T06:15:00Z');
    const read = readConversation(doc, 'room_' + 'a'.repeat(32), now, 'Alex Rivera')!;
    expect(read.open.messages.map((m) => m.side)).toEqual(['client', 'freelancer']);
    expect(read.open.messages.every((m) => m.at === null)).toBe(true);
    expect(conversationEvidence(read.open, now)).toBeNull();
    // With a title that decides, the order is known and the reply answers the room.
    const decided = page([
      { author: 'James Blue', title: 'October 31, 2026 at 11:00 PM' },
      { author: 'James Blue', title: 'November 1, 2026 at 1:50 AM' },
      { author: 'Alex Rivera', title: 'November 1, 2026 at 1:10 AM' },
    ]);
    const ok = readConversation(decided, 'room_' + 'a'.repeat(32), now, 'Alex Rivera')!;
    expect(conversationEvidence(ok.open, now)).toMatchObject({ by: 'freelancer' });
  });
});
