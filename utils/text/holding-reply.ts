// Fills a holding-reply template: {first_name}, {job} and {by}. Pure: the
// locale and "now" are parameters, so the same input always gives the same text.
import { HOUR, MINUTE } from '@/utils/model/time';
import { nameVariants } from '@/utils/upwork/names';

export const PLACEHOLDERS = ['first_name', 'job', 'by'] as const;
const TOKEN = /\{([^{}\s]{1,40})\}/g;

/** Placeholders the filler does not know, as typed ("{frist_name}"): they stay in the text. */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(TOKEN)].filter((m) => !(PLACEHOLDERS as readonly string[]).includes(m[1])).map((m) => m[0]);
  return [...new Set(found)];
}

/** Words that say a room name is a business, not a person. */
const COMPANY =
  /\b(inc|llc|ltd|gmbh|corp|co|company|agency|studio|studios|team|group|labs?|solutions|technologies|tech|media|digital|consulting|s\.?a|s\.?l)\b\.?/i;
const PERSON_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * The client's first name from the room name, or "" when it is not clear: a company,
 * an emoji, an initial, or a name written as several variants ("James Blue, James Blue",
 * "James B., James Blue"): the greeting then goes without a name rather than guess.
 */
export function firstNameOf(roomName: string): string {
  if (roomName.includes(',')) return '';
  const variants = nameVariants(roomName);
  if (variants.length === 0 || variants.some((v) => COMPANY.test(v))) return '';
  const firsts = new Set(variants.map((v) => v.split(/\s+/)[0]));
  if (firsts.size !== 1) return '';
  const [first] = firsts;
  // "J." or "J" is an initial, not a name to greet with; a single word may be a brand.
  return PERSON_WORD.test(first) && first.length > 1 && variants.some((v) => v.split(/\s+/).length > 1) ? first : '';
}

export type ByChoice = 'in1h' | 'in3h' | 'endOfDay' | 'tomorrowMorning';
export const BY_CHOICES: readonly ByChoice[] = ['in1h', 'in3h', 'endOfDay', 'tomorrowMorning'];
const END_OF_DAY_HOUR = 18;
const MORNING_HOUR = 9;

/** Up to the next quarter hour: "by 3:15 PM" reads as a promise, "by 3:07 PM" as a timestamp. */
const roundUp = (at: number) => Math.ceil(at / (15 * MINUTE)) * 15 * MINUTE;

/** Local wall-clock hour `hour` on the day `days` after now's local day (DST-safe: the calendar, not 24 h). */
function localAt(now: number, days: number, hour: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, hour, 0, 0, 0).getTime();
}

/** The instant a choice means; "end of today" is 18:00, or null once that is less than an hour away. */
export function byInstant(choice: ByChoice, now: number): number | null {
  switch (choice) {
    case 'in1h':
      return roundUp(now + HOUR);
    case 'in3h':
      return roundUp(now + 3 * HOUR);
    case 'endOfDay': {
      const at = localAt(now, 0, END_OF_DAY_HOUR);
      return at - now >= HOUR ? at : null;
    }
    case 'tomorrowMorning':
      return localAt(now, 1, MORNING_HOUR);
  }
}

const dayNumber = (at: number) => {
  const d = new Date(at);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / (24 * HOUR);
};

/**
 * `at` as the client will read it, in the user's locale and time format: "3:15 PM",
 * "tomorrow 9:00 AM", or a weekday further on. hour12 undefined follows the locale.
 */
export function formatBy(at: number, now: number, locale: string, hour12?: boolean): string {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12 }).format(at);
  const days = dayNumber(at) - dayNumber(now);
  if (days === 0) return time;
  if (days === 1) return `${new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')} ${time}`;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit', hour12 }).format(at);
}

export interface FillValues {
  /** The room name as the page shows it; the first name is taken from it when clear. */
  roomName: string;
  /** The job title; when empty, `jobFallback` ("the project"). */
  job: string;
  jobFallback: string;
  /** The formatted {by} time; null leaves {by} as typed (no time was chosen). */
  by: string | null;
}

/** An empty {first_name} takes its spaces and the comma after it along: "Hi {first_name}, thanks" -> "Hi, thanks". */
function dropName(text: string): string {
  const t = '\\{first_name\\}';
  return (
    text
      // At the start of a line: "{first_name}, thanks" -> "Thanks".
      .replace(
        new RegExp(`(^|\\n)[ \\t]*${t}[ \\t]*[,;:]?[ \\t]*(\\p{L})?`, 'gu'),
        (_, start: string, l?: string) => start + (l?.toUpperCase() ?? ''),
      )
      // Before punctuation or the end: "Thanks {first_name}!" -> "Thanks!", "Hola, {first_name}." -> "Hola."
      .replace(new RegExp(`[,;:]?[ \\t]+${t}(?=[,.!?;:…)]|$)`, 'gmu'), '')
      // Between words: "Hi {first_name} there" -> "Hi there".
      .replace(new RegExp(`[ \\t]*${t}`, 'g'), '')
  );
}

/** The template with its known placeholders filled; unknown ones stay as typed. */
export function fillTemplate(text: string, v: FillValues): string {
  const name = firstNameOf(v.roomName);
  const out = name ? text : dropName(text);
  return out.replace(TOKEN, (whole, key: string) => {
    if (key === 'first_name') return name;
    if (key === 'job') return v.job.trim() || v.jobFallback;
    if (key === 'by') return v.by ?? whole;
    return whole;
  });
}

/** Whether a template asks for a time. */
export const needsBy = (text: string) => text.includes('{by}');
