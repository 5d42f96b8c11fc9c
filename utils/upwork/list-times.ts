// The room list's time texts, parsed once a day. A long list repeats the same
// few texts ("Yesterday", "9/22/26", "3:05 PM") and a busy page re-reads its
// changed rows all day: each text is parsed once per local day (and time
// zone), then only clamped to the moment of the read.
import type { TimeRange } from '@/utils/model/types';
import { clampToNow, parseListRange } from './time-text';
import { splitZone } from './time-zones';

/** Enough for every distinct text of a long list; beyond it the cache starts again. */
const MAX_TEXTS = 1_000;
let day = '';
const ranges = new Map<string, TimeRange | null>();

/** parseListTime(raw, now), from the day's cache when the text was seen today. */
export function listTimeAt(raw: string, now: number): TimeRange | null {
  const today = new Date(now);
  const key = `${today.getFullYear()}-${today.getMonth()}-${today.getDate()} ${today.getTimezoneOffset()}`;
  if (key !== day || ranges.size >= MAX_TEXTS) {
    ranges.clear();
    day = key;
  }
  let range = ranges.get(raw);
  if (range === undefined) {
    range = parseListRange(raw, today);
    // A list's time texts are short; a longer one is parsed each time rather than kept.
    // A zoned clock ("12:10 AM EDT") depends on the moment, not the local day: never kept.
    if (raw.length <= 40 && !splitZone(raw).zone) ranges.set(raw, range);
  }
  // A new object on every call: the caller owns what it is given.
  return range && clampToNow(range, now);
}
