// Which end of the open conversation is the newest. The scroller is laid out
// `column-reverse` and may hold the stories either way round (2024-2026).
// Invariant: who wrote last is never guessed: the stories come back in the
// written order, or in the page's when one author wrote them all and the
// order changes no time, or not at all. Two times whose ranges overlap (the
// repeated hour of a fall-back night) decide nothing.
// (Named by tests/unit/conversation-order.test.ts.)
import { contradicts, resolveStoryTimes, type RawTime } from './story-times';
import { parseTitleTime } from './time-text';

export interface OrderedStory extends RawTime {
  /** As written, when the story has a header. */
  author: string | null;
  /** A header starts a new run. */
  header: boolean;
}

/**
 * The stories in the order they were written, or null when the page does not
 * say which end is the newest. The scroller is laid out `column-reverse` and
 * may hold them either way round: titled times decide; otherwise the one order
 * the day dividers and clocks do not contradict; otherwise, if more than one
 * author wrote, the order is unknown (never guess who wrote last).
 */
export function chronological<T extends OrderedStory>(raws: T[], now: number): T[] | null {
  const { rising, falling } = titledOrder(raws);
  // Titled times that go both ways contradict each other: no order is known.
  if (!rising && !falling) return null;
  if (rising !== falling) return rising ? raws : [...raws].reverse();
  const reversed = [...raws].reverse();
  const forward = !contradicts(raws, now);
  const backward = !contradicts(reversed, now);
  if (forward !== backward) return forward ? raws : reversed;
  // Each header names an author; an unreadable name counts as another author.
  const authors = new Set(raws.filter((r) => r.header).map((r) => r.author ?? '\u0000unknown'));
  // One author: the order tells nothing more, unless the times it gives depend on it.
  return authors.size <= 1 && sameTimesBothWays(raws, reversed, now) ? raws : null;
}

/**
 * Which ways the titled times allow. A pair of times decides only when their
 * ranges do not overlap: the repeated hour of a fall-back night makes
 * "1:50 AM" and "1:10 AM" two ranges that overlap, and neither is known to be
 * first. Every pair counts, not only neighbours: a later title may lie
 * beyond all the earlier ones' ranges.
 */
function titledOrder(raws: OrderedStory[]): { rising: boolean; falling: boolean } {
  let rising = true;
  let falling = true;
  let maxEarliest = -Infinity;
  let minLatest = Infinity;
  for (const r of raws) {
    const t = r.title ? parseTitleTime(r.title) : null;
    if (!t) continue;
    // Some earlier story was surely after this one: not rising. Surely before it: not falling.
    if (maxEarliest > t.latest) rising = false;
    if (minLatest < t.earliest) falling = false;
    maxEarliest = Math.max(maxEarliest, t.earliest);
    minLatest = Math.min(minLatest, t.latest);
  }
  return { rising, falling };
}

/** Does each story get the same time whichever way round the page holds them? */
function sameTimesBothWays(raws: RawTime[], reversed: RawTime[], now: number): boolean {
  const back = resolveStoryTimes(reversed, now).reverse();
  return JSON.stringify(resolveStoryTimes(raws, now)) === JSON.stringify(back);
}
