// Puts text in Upwork's reply box the way a user's input arrives: a paste
// (ProseMirror's own paste path), else the browser's insertText command, which
// raises real beforeinput/input events. Never innerHTML, never a key, never Send.
import { findComposer } from '@/utils/upwork/composer';
import { roomIdOf } from '@/utils/upwork/addresses';

type Timer = (fn: () => void, ms: number) => unknown;

/** How long the page may take to show the room's reply box after the room opens. */
export const COMPOSER_WAIT_MS = 4_000;

/** The reply box of room `roomId`, once the page shows that room and its box; null after `ms`. */
export function waitForComposer(doc: Document, roomId: string, ms: number, later: Timer): Promise<HTMLElement | null> {
  const current = () => (roomIdOf(doc.location?.pathname) === roomId ? findComposer(doc) : null);
  const found = current();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    let done = false;
    const finish = (el: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(el);
    };
    // The app mounts the room pane and changes the URL without a load: any change may bring the box.
    const observer = new MutationObserver(() => {
      const el = current();
      if (el) finish(el);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    later(() => finish(current()), ms);
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');
const contentOf = (el: HTMLElement) => squash(el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''));
const occurrences = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

/** Keeps what the user typed: a caret inside the box stays (a selection collapses to its end); else the caret goes to the end. */
function placeCaret(editor: HTMLElement): void {
  if (editor instanceof HTMLTextAreaElement) {
    if (document.activeElement !== editor) editor.setSelectionRange(editor.value.length, editor.value.length);
    else editor.setSelectionRange(editor.selectionEnd, editor.selectionEnd);
    return;
  }
  const sel = document.getSelection();
  if (!sel) return;
  if (sel.rangeCount && editor.contains(sel.anchorNode) && editor.contains(sel.focusNode)) {
    sel.collapseToEnd();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

function paste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** A turn of the event loop: editors that read the DOM after a native edit have done so by then. */
const settle = (later: Timer) => new Promise<void>((resolve) => later(resolve, 30));

/** Inserts `text` at the caret; true when the editor now holds it once more than before. */
export async function insertInto(editor: HTMLElement, text: string, later: Timer): Promise<boolean> {
  const needle = squash(text);
  const before = occurrences(contentOf(editor), needle);
  const landed = () => occurrences(contentOf(editor), needle) > before;
  editor.focus();
  placeCaret(editor);
  if (!(editor instanceof HTMLTextAreaElement)) {
    paste(editor, text);
    await settle(later);
    if (landed()) return true;
  }
  // execCommand is deprecated but is still how a page receives "typed" text with its input events and undo.
  document.execCommand('insertText', false, text);
  await settle(later);
  return landed();
}
