// Finds the open room's reply box. Pure: a document in, an element or null out.
import { pick, SEL } from './selectors';

/** How far up from the conversation the room pane may be (the scroller sits a few levels inside it). */
const PANE_DEPTH = 4;

/** The composer's editor: the dated layers first, then any editor in the room pane; null in a read-only room. */
export function findComposer(doc: Document): HTMLElement | null {
  const known = pick(doc, SEL.composer);
  if (known instanceof HTMLElement) return known;
  const panel = doc.querySelector(SEL.panel);
  let pane: Element | null = pick(doc, SEL.viewport);
  for (let depth = 0; pane && depth < PANE_DEPTH; depth++, pane = pane.parentElement) {
    if (pane === doc.body || (panel && pane.contains(panel))) break;
    const editor = pane.querySelector(SEL.anyEditor);
    if (editor instanceof HTMLElement) return editor;
  }
  return null;
}
