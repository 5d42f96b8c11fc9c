// The shapes a page report keeps in place of the page's own texts and ids.
// Invariant: a shape holds no letter or digit of the page except the reader's own words.
// Letters become a/A, digits 9, punctuation and spacing stay; the words the
// reader looks for (days, months, AM/PM, zones, "You:", "Received" …) stay as
// written, so a time format or a label can be diagnosed from the shape alone.
import {
  ACCEPTED_TEXT,
  ACCEPT_BUTTON,
  DECLINED_TEXT,
  DECLINE_BUTTON,
  INVITE_HEADING,
  WITHDRAWN_TEXT,
} from '@/utils/upwork/invitation-selectors';
import { EMPTY_TEXT, TAB_LABEL } from '@/utils/upwork/row-place';

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const UNITS = 'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?';
/** Always the reader's: a name is never "Yesterday". */
const READER_WORD = /^(?:you|today|yesterday|received|initiated|invited|am|pm|a\.m\.|p\.m\.|utc|gmt)$/i;
/** A day, a month or a unit is kept only in a text that is a time ("Mar 3", "Thursday"), never in a name ("Hugo Mar"). */
const DATE_WORD = new RegExp(`^(?:${DAYS}|${MONTHS}|${UNITS}|at|ago|an|a|just|now)$`, 'i');

/** Whole phrases the reader matches (its own patterns, not a copy): kept where they occur. */
const KEPT_PHRASES = [
  INVITE_HEADING,
  ACCEPT_BUTTON,
  DECLINE_BUTTON,
  DECLINED_TEXT,
  WITHDRAWN_TEXT,
  ACCEPTED_TEXT,
  // The list's filter tabs and the empty inbox's words (2026-08): without them a made page reads otherwise.
  TAB_LABEL,
  EMPTY_TEXT,
  /\blocal time\b/i,
  /\bview contract\b/i,
];
/** A zone right after a clock ("1:10 PM PDT", "9:00 AM UTC+5:30"; not "PM JB", initials after no clock), and a count in brackets ("(3)"). */
const KEPT_CONTEXT = [
  /(?<=(?<![A-Za-z0-9])(?:1[0-2]|0?[1-9])(?::\d{2})?\s?[AP]\.?M\.?\s)(?:[A-Z]{2,5}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)\b/g,
  /\(\d{1,4}\)/g,
];

/** A word: letters and digits together, dots inside ("a.m.", "e.g."), one at its end ("Sep."). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:\.[\p{L}\p{N}\p{M}]+)*\.?/gu;
const shapeChar = (c: string) => (/\p{Lu}/u.test(c) ? 'A' : /\p{N}/u.test(c) ? '9' : /\p{M}/u.test(c) ? '' : 'a');
const shapeAll = (w: string) => w.replace(/[\p{L}\p{N}\p{M}]/gu, shapeChar);
const kept = (w: string, timeish: boolean) => READER_WORD.test(w) || (timeish && DATE_WORD.test(w));
/** A whole word is kept or shaped: "dec" inside an id ("a0dec00") is no month. Only "2pm" keeps a part. */
function shapeWord(w: string, timeish: boolean): string {
  if (kept(w, timeish) || kept(w.replace(/\.$/, ''), timeish)) return w;
  const clock = /^(\d+)(am|pm|a\.m\.|p\.m\.)$/i.exec(w);
  return clock ? shapeAll(clock[1]) + clock[2] : shapeAll(w);
}
const shapeFree = (s: string, timeish: boolean) => s.replace(WORD, (w) => shapeWord(w, timeish));
/** A time text has a digit, or only the reader's words ("Yesterday", "Thursday", "just now"). */
const isTimeish = (s: string) => /\d/.test(s) || (s.match(WORD) ?? []).every((w) => kept(w.replace(/\.$/, ''), true));

/** Ranges of `s` that are the reader's phrases, zones or counts, in order and not overlapping. */
function keptRanges(s: string): [number, number][] {
  const found: [number, number][] = [];
  for (const re of KEPT_PHRASES) {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s);
    if (m && m[0].trim()) found.push([m.index, m.index + m[0].length]);
  }
  for (const re of KEPT_CONTEXT) for (const m of s.matchAll(re)) found.push([m.index, m.index + m[0].length]);
  found.sort((a, b) => a[0] - b[0]);
  return found.filter((r, i) => i === 0 || r[0] >= found[i - 1][1]);
}

/** The shape of a page text, spaces collapsed. Long texts keep their start and say how much was left out. */
export function shapeText(raw: string, max = 160): string {
  const s = raw.replace(/\s+/g, ' ').trim();
  const head = s.length > max ? s.slice(0, max) : s;
  const timeish = isTimeish(head);
  let out = '';
  let at = 0;
  for (const [from, to] of keptRanges(head)) {
    out += shapeFree(head.slice(at, from), timeish) + head.slice(from, to);
    at = to;
  }
  out += shapeFree(head.slice(at), timeish);
  return s.length > max ? `${out}… (+${s.length - max})` : out;
}
