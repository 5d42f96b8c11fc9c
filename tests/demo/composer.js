// A reply box that behaves like Upwork's TipTap / ProseMirror editor where it
// matters to an extension: it keeps its own document (paragraphs of text plus a
// cursor) and draws the DOM from it. Text arrives only through `beforeinput`
// (typing, execCommand) and `paste`; anything written straight into the DOM is
// drawn over on the next render, as ProseMirror would. Used by the demo inbox
// and by the fixtures (tests/fixtures/pages/*.html load it from /demo/composer.js).

export class Composer {
  /** @param {HTMLElement} el a contenteditable element */
  constructor(el) {
    this.el = el;
    el.classList.add('tiptap', 'ProseMirror');
    el.setAttribute('contenteditable', 'true');
    el.setAttribute('translate', 'no');
    /** The document: paragraphs of plain text, and the cursor in it. */
    this.doc = [''];
    this.cursor = { p: 0, o: 0 };
    this.rendering = false;
    el.addEventListener('beforeinput', (e) => this.onBeforeInput(e));
    el.addEventListener('paste', (e) => this.onPaste(e));
    document.addEventListener('selectionchange', () => this.readCursor());
    // Whatever changes the DOM behind the model's back is undone at once.
    this.observer = new MutationObserver(() => {
      if (!this.rendering) this.render();
    });
    this.observer.observe(el, { childList: true, characterData: true, subtree: true });
    this.render();
  }

  /** The document as text, one line per paragraph. */
  text() {
    return this.doc.join('\n');
  }

  clear() {
    this.doc = [''];
    this.cursor = { p: 0, o: 0 };
    this.render();
  }

  insert(text) {
    const { p, o } = this.cursor;
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const before = this.doc[p].slice(0, o);
    const after = this.doc[p].slice(o);
    const middle = lines.map((line, i) => (i === 0 ? before : '') + line + (i === lines.length - 1 ? after : ''));
    this.doc.splice(p, 1, ...middle);
    this.cursor = { p: p + lines.length - 1, o: (lines.length === 1 ? o : 0) + lines[lines.length - 1].length };
    this.render();
  }

  deleteBackward() {
    const { p, o } = this.cursor;
    if (o > 0) {
      this.doc[p] = this.doc[p].slice(0, o - 1) + this.doc[p].slice(o);
      this.cursor = { p, o: o - 1 };
    } else if (p > 0) {
      const prev = this.doc[p - 1].length;
      this.doc.splice(p - 1, 2, this.doc[p - 1] + this.doc[p]);
      this.cursor = { p: p - 1, o: prev };
    }
    this.render();
  }

  /** @param {InputEvent} e */
  onBeforeInput(e) {
    e.preventDefault();
    this.readCursor();
    if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText')
      this.insert(e.data ?? e.dataTransfer?.getData('text/plain') ?? '');
    else if (e.inputType === 'insertFromPaste') this.insert(e.dataTransfer?.getData('text/plain') ?? '');
    else if (e.inputType === 'insertParagraph' || e.inputType === 'insertLineBreak') this.insert('\n');
    else if (e.inputType === 'deleteContentBackward') this.deleteBackward();
    this.el.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** @param {ClipboardEvent} e */
  onPaste(e) {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    this.readCursor();
    this.insert(text);
  }

  /** The DOM selection, as a position in the document (only when it is inside the editor). */
  readCursor() {
    if (this.rendering) return;
    const sel = document.getSelection();
    if (!sel?.rangeCount || !this.el.contains(sel.anchorNode)) return;
    const last = this.doc.length - 1;
    const node = sel.anchorNode;
    let p;
    let o;
    if (node === this.el) {
      // Between paragraphs: the start of the next one, or the end of the last.
      p = Math.min(sel.anchorOffset, last);
      o = sel.anchorOffset > last ? this.doc[p].length : 0;
    } else {
      const para = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node)?.closest('p');
      p = Math.max(0, Math.min(last, Array.prototype.indexOf.call(this.el.children, para)));
      o = node.nodeType === Node.TEXT_NODE ? sel.anchorOffset : sel.anchorOffset > 0 ? this.doc[p].length : 0;
    }
    this.cursor = { p, o: Math.min(o, this.doc[p].length) };
  }

  render() {
    this.rendering = true;
    this.el.replaceChildren(
      ...this.doc.map((line) => {
        const p = document.createElement('p');
        if (line) p.append(document.createTextNode(line));
        else p.append(document.createElement('br'));
        return p;
      }),
    );
    this.el.classList.toggle('is-empty', this.text() === '');
    // Put the DOM caret where the model's cursor is, when the editor has focus.
    if (document.activeElement === this.el) {
      const p = this.el.children[this.cursor.p];
      const node = p.firstChild?.nodeType === Node.TEXT_NODE ? p.firstChild : p;
      document.getSelection()?.collapse(node, node === p ? 0 : this.cursor.o);
    }
    this.observer?.takeRecords();
    this.rendering = false;
  }
}

// Fixtures load this file as a module: give every `.up-d-composer [contenteditable]` on the page its model.
for (const el of document.querySelectorAll('.up-d-composer [contenteditable="true"]')) {
  if (!el.composer) el.composer = new Composer(el);
}
