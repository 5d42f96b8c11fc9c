// The in-page template choice and the notices about where a text went. Drawn in
// a shadow root on a host appended to <body>, outside Upwork's app, so no style
// leaks in or out and Upwork's own markup gains nothing. Text only, never HTML.
import type { HoldingMenuRequest } from '@/utils/protocol/messages';
import { byChoicesAt, byFallback, byLabel, holdingText } from '@/utils/text/holding-fill';
import { needsBy, type ByChoice } from '@/utils/text/holding-reply';
import { t } from '@/utils/text/i18n';

export const PANEL_HOST = 'reply-window-holding';

const STYLE = `
:host { all: initial; }
.panel { position: fixed; z-index: 2147483000; width: 340px; max-height: 70vh; overflow: auto; box-sizing: border-box;
  padding: 12px; border-radius: 10px; background: #fff; color: #1a1a1a; border: 1px solid #c9c9c9;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; }
h2 { margin: 0 0 8px; font-size: 15px; display: flex; justify-content: space-between; align-items: center; }
fieldset { border: 0; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
legend { padding: 0; margin-bottom: 4px; font-weight: 600; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #9a9a9a; background: #f5f5f5; color: inherit; }
.tpl { width: 100%; text-align: start; padding: 6px 8px; }
.tpl strong { display: block; }
.tpl span { display: block; color: #444; font-size: 12px; white-space: pre-wrap; }
button:focus-visible { outline: 3px solid #1f57c3; outline-offset: 1px; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; }
textarea { width: 100%; box-sizing: border-box; min-height: 80px; margin: 6px 0; font: inherit; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1e1e1e; color: #eee; border-color: #555; }
  button { background: #2c2c2c; border-color: #777; }
  .tpl span { color: #ccc; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class HoldingPanel {
  private host: HTMLElement | null = null;

  constructor(private readonly insert: (roomId: string, text: string) => Promise<unknown>) {}

  /** The template choice, next to the reply box (above it), or in the corner when there is none. */
  showMenu(req: HoldingMenuRequest, anchor: HTMLElement | null, now: number): void {
    const panel = this.open('menu', t('menuTitle'), anchor);
    const choices = byChoicesAt(now);
    let by: ByChoice = byFallback(now);
    const list = el('ul');
    const fill = () => {
      list.replaceChildren(
        ...req.templates.map((tpl) => {
          const text = holdingText(tpl.text, req, needsBy(tpl.text) ? by : null, now);
          const button = el('button', { type: 'button', class: 'tpl', 'data-template-id': tpl.id });
          button.append(el('strong', {}, tpl.name), el('span', {}, text));
          button.addEventListener('click', () => {
            this.close();
            void this.insert(req.roomId, text);
          });
          const item = el('li');
          item.append(button);
          return item;
        }),
      );
    };
    if (req.templates.some((tpl) => needsBy(tpl.text))) {
      const set = el('fieldset');
      set.append(el('legend', {}, t('replyByLegend')));
      for (const choice of choices) {
        const label = el('label');
        const radio = el('input', { type: 'radio', name: 'by', value: choice });
        radio.checked = choice === by;
        radio.addEventListener('change', () => {
          by = choice;
          fill();
        });
        label.append(radio, ` ${byLabel(choice)}`);
        set.append(label);
      }
      panel.append(set);
    }
    fill();
    panel.append(list);
    list.querySelector('button')?.focus();
  }

  /** Where the text went; with `text`, the text itself to copy by hand (nothing is lost). */
  showNotice(message: string, text?: string): void {
    const panel = this.open('notice', t('menuTitle'), null);
    panel.append(el('p', { role: 'status' }, message));
    if (text === undefined) return;
    const area = el('textarea', { readonly: '', 'aria-label': t('menuTitle') });
    area.value = text;
    const copy = el('button', { type: 'button' }, t('replyCopy'));
    copy.addEventListener('click', () => {
      area.select();
      void navigator.clipboard?.writeText(text).catch(() => document.execCommand('copy'));
    });
    panel.append(area, copy);
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }

  private open(kind: string, title: string, anchor: HTMLElement | null): HTMLElement {
    this.close();
    const host = el(PANEL_HOST as 'div', { 'data-kind': kind });
    const root = host.attachShadow({ mode: 'open' });
    const panel = el('section', { class: 'panel', role: 'dialog', 'aria-label': title });
    const close = el('button', { type: 'button', class: 'close', 'aria-label': t('menuClose') }, '×');
    close.addEventListener('click', () => this.close());
    const head = el('h2', {}, title);
    head.append(close);
    panel.append(head);
    panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.close();
      anchor?.focus();
    });
    place(panel, anchor?.getBoundingClientRect() ?? null);
    root.append(el('style', {}, STYLE), panel);
    document.body.append(host);
    this.host = host;
    return panel;
  }
}

const PANEL_WIDTH = 340;
/**
 * Beside the reply box, never over the conversation being answered: to the left of the reply box
 * (over the room list), its bottom on the box's bottom, when there is room; else just above the box.
 */
function place(panel: HTMLElement, box: DOMRect | null): void {
  if (!box) {
    Object.assign(panel.style, { left: 'auto', right: '16px', bottom: '16px' });
  } else if (box.left >= PANEL_WIDTH + 20) {
    Object.assign(panel.style, {
      left: `${box.left - PANEL_WIDTH - 12}px`,
      right: 'auto',
      bottom: `${Math.max(8, innerHeight - box.bottom)}px`,
    });
  } else {
    Object.assign(panel.style, {
      left: `${Math.max(8, box.left)}px`,
      right: 'auto',
      bottom: `${Math.max(8, innerHeight - box.top + 8)}px`,
    });
  }
}
