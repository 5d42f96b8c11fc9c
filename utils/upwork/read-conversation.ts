// Reads the open conversation: who wrote each mounted message, and when.
// Pure: document + now + the freelancer's name (if known) in, data out.
//
// Invariants (each named by a test in tests/unit/authorship.test.ts):
// - "A header-less message at the newest end is weak evidence": its author is the run's only
//   where the room list's row agrees; otherwise, or with no row, the author is unknown (never a
//   reply, never a new wait).
// - "A story with a body but no author of its own that reads as a note is a system note":
//   an actor in <strong> or a system wording, and no person's message hook; never a person's message.
// - "'You' as an author is the freelancer": never the client, never a name to learn.
// - "Without a known order no message has a time, so none answers the room or starts a wait"
//   (also named by tests/unit/conversation-order.test.ts).
import type { Contract, OpenRoom, StoryMessage } from '@/utils/model/types';
import { MAX_TEXT } from './read-rooms';
import { displayName, matchesName } from './names';
import { isYou, runAuthors, sideOf, weakNewestEnd } from './authorship';
import { pick, SEL, text } from './selectors';
import { chronological } from './story-order';
import { resolveStoryTimes, type RawTime } from './story-times';
import { parseClock, parseTitleTime } from './time-text';
import { splitZone } from './time-zones';

interface RawStory extends RawTime {
  id: string;
  /** As written: may hold variants ("James B., James Blue") or a short form ("James B."). */
  author: string | null;
  /** A header starts a new run, even when its name cannot be read (then the author is unknown). */
  header: boolean;
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

/** Wordings of Upwork's own notes (upwork-messages-dom.md): written by neither side. */
const SYSTEM_WORDING =
  /\b(?:sent an offer|accepted (?:an|the|your) offer|declined (?:an|the|your) offer|contract (?:started|ended|paused|resumed)|old limit|new limit|offer acceptance|awaiting offer)\b/i;

/**
 * A note of Upwork's own (2026, one scraper): a body (`.up-d-message`) with no author of its own,
 * no person's message hook, and the actor in <strong> or a system wording.
 */
function isSystemNote(story: Element, header: Element | null): boolean {
  if (header || firstOwn(story, SEL.author) || firstOwn(story, SEL.storyText)) return false;
  const body = firstOwn(story, SEL.storyBody);
  return !!body && (!!body.querySelector('strong') || SYSTEM_WORDING.test(text(body)));
}

function readStory(story: Element): RawStory {
  const header = SEL.storyHeader.map((s) => firstOwn(story, s)).find(Boolean) ?? null;
  const stamp = header?.querySelector(SEL.storyTime) ?? firstOwn(story, SEL.storyTime);
  const deleted = !!firstOwn(story, SEL.deleted);
  // System notes have neither a body nor a header, or read as a note; a header means a person wrote it.
  const body = !!(firstOwn(story, SEL.storyText) || firstOwn(story, SEL.storyBody) || firstOwn(story, SEL.attachment));
  const isPerson = !!header || (body && !isSystemNote(story, header));
  return {
    id: story.id,
    author: header ? text(header.querySelector(SEL.author)) || null : null,
    header: !!header,
    kind: deleted ? 'deleted' : isPerson ? 'person' : 'system',
    text: isPerson ? '' : text(story).slice(0, MAX_TEXT),
    title: stamp?.getAttribute('title') ?? null,
    clock: stamp ? text(stamp) : null,
    divider: text(firstOwn(story, SEL.dayDivider)) || null,
  };
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
  /** Messages whose time text was there but could not be read (reported as missing "time"). */
  untimed: number;
}

/** A time text was present, and neither its title nor its clock could be read. */
const unreadableTime = (r: RawStory) =>
  (!!r.title || !!r.clock) && !(r.title && parseTitleTime(r.title)) && !(r.clock && parseClock(splitZone(r.clock).clock));

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
  const inOrder = chronological(stories.map(readStory), now);
  const raws = inOrder ?? stories.map(readStory);
  // A message without a header continues the run of the author above it (authorship.ts).
  const authors = runAuthors(raws);
  const header = pick(doc, SEL.roomHeader);
  const roomName = text(pick(header ?? doc, SEL.roomTitle) ?? pick(doc, SEL.roomTitle));
  // A name learned here never replaces a different known one: conflicting evidence is unclear evidence.
  const found = learnSelf(raws, authors, roomName, lastByFreelancer);
  const learned = found && knownSelf && !matchesName(found, knownSelf) ? null : found;
  const selfName = learned ?? knownSelf;
  // The newest end's header-less messages keep their run's side only where the row agrees.
  const sides = weakNewestEnd(
    raws,
    authors.map((a) => sideOf(a, roomName, selfName)),
    lastByFreelancer,
  );
  // Without a known order no message has a time, so none can answer or start a wait.
  const times = inOrder ? resolveStoryTimes(raws, now) : raws.map(() => null);
  const messages: StoryMessage[] = [];
  raws.forEach((r, i) => {
    if (r.kind === 'deleted') return;
    messages.push({ id: r.id, side: r.kind === 'system' ? 'system' : sides[i], at: times[i] });
  });
  const subtitle = text(pick(header ?? doc, SEL.roomSubtitle) ?? pick(doc, SEL.roomSubtitle));
  const title = subtitle.includes('·') ? subtitle.slice(subtitle.indexOf('·') + 1).trim() : '';
  const name = displayName(roomName);
  return {
    open: { roomId, name: name.slice(0, MAX_TEXT), title: title.slice(0, MAX_TEXT), contract: contractOf(doc, raws), messages },
    selfName: learned && !(knownSelf && knownSelf.length >= learned.length && matchesName(learned, knownSelf)) ? learned : null,
    untimed: raws.filter(unreadableTime).length,
  };
}

/**
 * The freelancer is the author of the last message when the row says "You:",
 * or the one author (in any of its forms) who is not the room. The room's own
 * name, in any variant or short form, is never the freelancer.
 */
function learnSelf(raws: RawStory[], authors: (string | null)[], roomName: string, lastByFreelancer?: boolean): string | null {
  if (lastByFreelancer) {
    // A row newer than the conversation must not teach the room's name as the freelancer's.
    for (let i = raws.length - 1; i >= 0; i--) {
      if (raws[i].kind !== 'person') continue;
      const a = authors[i];
      return a && !isYou(a) && !matchesName(a, roomName) ? displayName(a) : null;
    }
  }
  // "You" is the freelancer's own messages, not a name: it teaches nothing.
  const people = authors.filter((a): a is string => !!a && !isYou(a));
  if (!people.some((a) => matchesName(a, roomName))) return null;
  const others = [...new Set(people.filter((a) => !matchesName(a, roomName)))];
  // One person in several forms, not two people who share a short form ("Alex R." with Alex Rivera and Alex Ross).
  if (!others.length || !others.every((a) => others.every((b) => matchesName(a, b)))) return null;
  // The fullest form we saw: "Vato Tchipa" rather than "Vato T.".
  return others.map(displayName).reduce((best, a) => (a.length > best.length ? a : best));
}
