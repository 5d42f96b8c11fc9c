// Reads the open conversation: who wrote each mounted message, and when.
// Pure: document + now + the freelancer's name (if known) in, data out.
import type { Contract, OpenRoom, Side, StoryMessage } from '@/utils/model/types';
import { MAX_TEXT } from './read-rooms';
import { cleanName, pick, SEL, text } from './selectors';
import { resolveStoryTimes, type RawTime } from './story-times';
import { parseTitleTime } from './time-text';

interface RawStory extends RawTime {
  id: string;
  author: string | null;
  kind: 'person' | 'system' | 'deleted';
  text: string;
}

const CONTRACT_ACTIVE = /contract (?:has )?(?:started|began|resumed)|accepted (?:an|the|your) offer|offer (?:was )?accepted/i;
const CONTRACT_ENDED =
  /(?:contract|offer) (?:has been |was )?(?:ended|closed|cancell?ed|withdrawn)|ended the contract|closed the contract/i;

/** Is this element outside any quoted message of the story? */
function ownPart(el: Element, story: Element): boolean {
  const quote = el.closest(SEL.quote);
  return !quote || !story.contains(quote);
}

function firstOwn(story: Element, sel: string): Element | null {
  for (const el of story.querySelectorAll(sel)) if (ownPart(el, story)) return el;
  return null;
}

function readStory(story: Element): RawStory {
  const header = SEL.storyHeader.map((s) => firstOwn(story, s)).find(Boolean) ?? null;
  const stamp = header?.querySelector(SEL.storyTime) ?? firstOwn(story, SEL.storyTime);
  const deleted = !!firstOwn(story, SEL.deleted);
  const isPerson = !!(firstOwn(story, SEL.storyText) || firstOwn(story, SEL.storyBody) || firstOwn(story, SEL.attachment));
  return {
    id: story.id,
    author: header ? cleanName(text(header.querySelector(SEL.author))) || null : null,
    kind: deleted ? 'deleted' : isPerson ? 'person' : 'system',
    text: isPerson ? '' : text(story).slice(0, MAX_TEXT),
    title: stamp?.getAttribute('title') ?? null,
    clock: stamp ? text(stamp) : null,
    divider: text(firstOwn(story, SEL.dayDivider)) || null,
  };
}

/** Stories in the order they were written; the scroller may hold them newest first. */
function chronological(stories: Element[]): Element[] {
  const known = stories
    .map((s) => parseTitleTime(s.querySelector(SEL.storyTime)?.getAttribute('title') ?? '')?.earliest)
    .filter((t): t is number => t !== undefined);
  return known.length >= 2 && known[0] > known[known.length - 1] ? [...stories].reverse() : stories;
}

function contractOf(doc: ParentNode, raws: RawStory[]): Contract {
  let contract: Contract = doc.querySelector(SEL.viewContract) ? 'active' : 'unknown';
  for (const r of raws) {
    if (r.kind !== 'system') continue;
    if (CONTRACT_ENDED.test(r.text)) contract = 'ended';
    else if (CONTRACT_ACTIVE.test(r.text)) contract = 'active';
  }
  return contract;
}

export interface ConversationRead {
  open: OpenRoom;
  /** The freelancer's name, when this conversation revealed it. */
  selfName: string | null;
}

/**
 * @param lastByFreelancer the room list's "You:" signal for this room, if its row is mounted.
 */
export function readConversation(
  doc: ParentNode,
  roomId: string,
  now: number,
  knownSelf: string | null,
  lastByFreelancer?: boolean,
): ConversationRead | null {
  const viewport = pick(doc, SEL.viewport);
  if (!viewport) return null;
  const stories = Array.from(viewport.querySelectorAll(SEL.story)).filter((s) => !s.parentElement?.closest('[id^="story_"]'));
  const raws = chronological(stories).map(readStory);
  // A message without a header continues the run of the author above it.
  let run: string | null = null;
  const authors = raws.map((r) => {
    if (r.kind === 'system') return (run = null);
    if (r.author) run = r.author;
    return run;
  });
  const name = cleanName(text(pick(doc, SEL.roomTitle)));
  const selfName = learnSelf(raws, authors, name, lastByFreelancer) ?? knownSelf;
  const sideOf = (author: string | null): Side => {
    if (!author) return 'unknown';
    if (selfName && author === selfName) return 'freelancer';
    if (author === name || selfName) return 'client';
    return 'unknown';
  };
  const times = resolveStoryTimes(raws, now);
  const messages: StoryMessage[] = [];
  raws.forEach((r, i) => {
    if (r.kind === 'deleted') return;
    messages.push({ id: r.id, side: r.kind === 'system' ? 'system' : sideOf(authors[i]), at: times[i] });
  });
  const subtitle = text(pick(doc, SEL.roomSubtitle));
  const title = subtitle.includes('·') ? subtitle.slice(subtitle.indexOf('·') + 1).trim() : '';
  return {
    open: { roomId, name: name.slice(0, MAX_TEXT), title: title.slice(0, MAX_TEXT), contract: contractOf(doc, raws), messages },
    selfName: selfName !== knownSelf ? selfName : null,
  };
}

/** The freelancer is the author of the last message when the row says "You:", or the one author who is not the room. */
function learnSelf(raws: RawStory[], authors: (string | null)[], roomName: string, lastByFreelancer?: boolean): string | null {
  if (lastByFreelancer) {
    // The room's own name is never the freelancer: a row newer than the conversation must not teach that.
    for (let i = raws.length - 1; i >= 0; i--) if (raws[i].kind === 'person') return authors[i] !== roomName ? authors[i] : null;
  }
  const people = new Set(authors.filter((a): a is string => !!a));
  if (!people.has(roomName) || people.size !== 2) return null;
  people.delete(roomName);
  return [...people][0];
}
