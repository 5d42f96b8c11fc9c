// An element's text as a person sees it, part by part. Vue renders sibling
// elements with no whitespace between them, so a glued `textContent` reads
// "Received" + "Aug 22, 2026" as "ReceivedAug 22, 2026", which no parser reads
// (../shared/upwork-messages-dom.md, "Reading text"). Every reader in
// utils/upwork takes its words and times from here, never from `textContent`.

/** Text the user never reads. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Past this much text an element is no short label: what it says is cut, not read to the end. */
const MAX_CHARS = 20_000;

/**
 * The parts of an element's text, in document order: each element boundary
 * (inline or block) and each `<br>` separates two parts; whitespace inside a
 * part is collapsed; empty parts are dropped. `skip` leaves out the elements
 * it matches (a quoted older message, say). No layout is read.
 */
export function textParts(el: Element | null | undefined, skip?: string): string[] {
  const parts: string[] = [];
  if (!el) return parts;
  // Most elements read (a name, a time, a preview line) hold text only: one part, no walk.
  if (!el.firstElementChild) {
    let only = '';
    for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) only += child.nodeValue ?? '';
    const part = only.slice(0, MAX_CHARS).replace(/\s+/g, ' ').trim();
    return part ? [part] : parts;
  }
  let buffer = '';
  let size = 0;
  const flush = () => {
    const part = buffer.replace(/\s+/g, ' ').trim();
    if (part) parts.push(part);
    buffer = '';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child && size < MAX_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3 /* text */) {
        const value = child.nodeValue ?? '';
        buffer += value;
        size += value.length;
      } else if (child.nodeType === 1 /* element */) {
        const element = child as Element;
        flush();
        if (HIDDEN.has(element.tagName) || (skip && element.matches(skip))) continue;
        visit(element);
        flush();
      }
    }
  };
  visit(el);
  flush();
  return parts;
}

/** The parts joined by one space: the text as a person reads it ("Received Aug 22, 2026"). */
export const spacedText = (el: Element | null | undefined, skip?: string): string => textParts(el, skip).join(' ');
