// The redacted outline of a page: one line per element or text, indented by depth.
// Invariant: the outline keeps the page's structure and hooks, never its words or ids:
// every text and free attribute value goes through shapeText, every id through Pseudonyms.
//   element line:  div class="story-inner top" data-test="story-header"
//   text line:     "Aaaaa A." name=2      (name=N: the Nth person; the same person, the same N)
import { matchesName } from '@/utils/upwork/names';
import { INVITE_SEL } from '@/utils/upwork/invitation-selectors';
import { SEL } from '@/utils/upwork/selectors';
import { hrefShape, Pseudonyms } from './ids';
import { shapeText } from './shape';

export interface Outline {
  lines: string[];
  /** Where the outline stopped, when the page was larger than the bound; null when it is whole. */
  cut: { afterLines: number; at: string; elementsLeft: number } | null;
  /** The page was too large for a whole outline: only the reader's parts and their ancestors are in full. */
  focused: boolean;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'HEAD']);
/** Drawn, not read: the tag alone. */
const OPAQUE = new Set(['svg', 'SVG', 'CANVAS', 'IFRAME', 'VIDEO', 'PICTURE']);
const HOOK = /^(data-test|data-qa|data-cy|data-ev-[\w-]+|role)$/;
const ENUM = /^(true|false|mixed|page|step|location|date|time|polite|assertive|off|on|none|plaintext-only)$/;
/** Hooks and classes are the app's code words; a value that is not one is shaped like a text. */
const CODE_WORD = /^[\w:./[\]%#@()…-]{1,80}$/;
/** Where the reader finds people's names: those texts are numbered by person, so who wrote what survives redaction. */
const NAME_PARTS = [...SEL.rowName, ...SEL.roomTitle, SEL.author, ...INVITE_SEL.profile].join(', ');
const MAX_DEPTH = 80;

/**
 * The outline of `root`. When it does not fit, it is made again with only the reader's parts
 * (`focus`) and their ancestors in full: each other branch is one line that says how much it held.
 */
export function outlineOf(root: Element, ids: Pseudonyms, maxChars = 80_000, focus: Element[] = []): Outline {
  const whole = outlineWith(root, ids, maxChars, null);
  if (!whole.cut || !focus.length) return { ...whole, focused: false };
  // Numbered again from the start: the second pass must not carry numbers from the first.
  ids.reset();
  const inFocus = (el: Element) => focus.some((f) => f === el || el.contains(f) || f.contains(el));
  return { ...outlineWith(root, ids, maxChars, inFocus), focused: true };
}

function outlineWith(
  root: Element,
  ids: Pseudonyms,
  maxChars: number,
  inFocus: ((el: Element) => boolean) | null,
): Omit<Outline, 'focused'> {
  const lines: string[] = [];
  const people: string[][] = [];
  let chars = 0;
  let cut: Outline['cut'] = null;
  const total = root.getElementsByTagName('*').length + 1;
  let shown = 0;

  const personOf = (name: string): number => {
    const i = people.findIndex((group) => group.some((n) => matchesName(n, name)));
    if (i >= 0) return (people[i].push(name), i + 1);
    return people.push([name]);
  };
  const push = (depth: number, line: string, at: Element) => {
    if (cut) return false;
    const full = '  '.repeat(depth) + line;
    // Counted as the report file writes it (quotes escaped), so the bound is the file's size.
    const cost = JSON.stringify(full).length + 3;
    if (chars + cost > maxChars) {
      cut = { afterLines: lines.length, at: pathOf(at, ids), elementsLeft: total - shown };
      lines.push(`… the outline stops here: it reached ${maxChars} characters, ${total - shown} elements were left out`);
      return false;
    }
    lines.push(full);
    chars += cost;
    return true;
  };

  const visit = (el: Element, depth: number) => {
    shown++;
    if (inFocus && !inFocus(el)) {
      const inside = el.getElementsByTagName('*').length;
      shown += inside;
      return void push(depth, inside ? `${elementLine(el, ids)} …${inside} elements left out` : elementLine(el, ids), el);
    }
    if (!push(depth, elementLine(el, ids), el)) return;
    if (OPAQUE.has(el.tagName)) return;
    if (depth >= MAX_DEPTH) return void push(depth + 1, '… deeper elements left out', el);
    for (const node of el.childNodes) {
      if (cut) return;
      if (node.nodeType === 1 && !SKIPPED.has((node as Element).tagName)) visit(node as Element, depth + 1);
      else if (node.nodeType === 3 && node.nodeValue?.trim()) push(depth + 1, textLine(node.nodeValue, el, personOf), el);
    }
  };
  visit(root, 0);
  return { lines, cut };
}

function textLine(raw: string, parent: Element, personOf: (name: string) => number): string {
  // The spaces at either end stay: "Received " before a date in its own element is read as two parts.
  const ends = (re: RegExp) => (re.test(raw) ? ' ' : '');
  const shaped = JSON.stringify(ends(/^\s/) + shapeText(raw) + ends(/\s$/));
  const name = raw.replace(/\s+/g, ' ').trim();
  return parent.closest(NAME_PARTS) && !/^you$/i.test(name) ? `${shaped} name=${personOf(name)}` : shaped;
}

export function elementLine(el: Element, ids: Pseudonyms): string {
  const parts = [el.tagName.toLowerCase()];
  for (const { name, value } of Array.from(el.attributes)) {
    const kept = attributeShape(name, value, ids);
    if (kept !== null) parts.push(`${name}=${JSON.stringify(kept)}`);
  }
  return parts.join(' ');
}

/** What the outline keeps of one attribute, or null to leave it out (style, src, data-user-id …). */
function attributeShape(name: string, value: string, ids: Pseudonyms): string | null {
  if (name === 'href') return hrefShape(value, ids);
  if (name === 'class')
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => codeOrShape(c, ids))
      .join(' ');
  if (name === 'id' || HOOK.test(name)) return codeOrShape(value, ids);
  if (name.startsWith('aria-') || name === 'contenteditable') return ENUM.test(value) ? value : shapeText(ids.scrub(value), 80);
  if (name === 'title') return shapeText(value, 80);
  return null;
}

function codeOrShape(value: string, ids: Pseudonyms): string {
  const scrubbed = ids.scrub(value);
  return CODE_WORD.test(scrubbed) ? scrubbed : shapeText(scrubbed, 80);
}

/** "body > div#__nuxt > div.rooms-panel > a.room-list-item": where the outline stopped. */
function pathOf(el: Element, ids: Pseudonyms): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && steps.length < 30; e = e.parentElement) {
    const id = e.id ? `#${codeOrShape(e.id, ids)}` : '';
    const cls = e.classList[0] ? `.${codeOrShape(e.classList[0], ids)}` : '';
    steps.unshift(e.tagName.toLowerCase() + id + cls);
  }
  return steps.join(' > ');
}
