// Holding replies in the page: the worker asks to put a text in a room's reply
// box, or to show the template choice. Where the box cannot be found or refuses
// the text, the text goes to the clipboard, and the page says so.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isHoldingMenuRequest, isInsertRequest } from '@/utils/protocol/guards';
import type { InsertResult } from '@/utils/protocol/messages';
import { t } from '@/utils/text/i18n';
import { roomIdOf } from '@/utils/upwork/addresses';
import { findComposer } from '@/utils/upwork/composer';
import { COMPOSER_WAIT_MS, insertInto, waitForComposer } from './composer-insert';
import { HoldingPanel } from './holding-panel';

export function startHoldingReplies(ctx: ContentScriptContext): void {
  const later = (fn: () => void, ms: number) => ctx.setTimeout(fn, ms);

  async function deliver(roomId: string, text: string): Promise<InsertResult> {
    const editor = await waitForComposer(document, roomId, COMPOSER_WAIT_MS, later);
    if (editor && (await insertInto(editor, text, later))) return { outcome: 'inserted' };
    // The tab was just focused for the user (or they clicked the menu): the page may write the clipboard.
    const copied = await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    );
    panel.showNotice(t(copied ? 'replyCopied' : 'replyShowText'), copied ? undefined : text);
    return { outcome: copied ? 'copied' : 'shown' };
  }

  const panel = new HoldingPanel(deliver);
  // Answers through sendResponse (and `true`: the answer comes later): the content script has no
  // polyfill (wxt.config.ts), and Chrome's own listeners cannot answer with a returned promise.
  const listener = (msg: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (isInsertRequest(msg)) {
      void deliver(msg.roomId, msg.text).then(sendResponse);
      return true;
    }
    // Only in the room the worker checked: the user may have moved on since.
    if (isHoldingMenuRequest(msg) && roomIdOf(location.pathname) === msg.roomId) panel.showMenu(msg, findComposer(document), Date.now());
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.addEventListener(window, 'wxt:locationchange', () => panel.close());
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    panel.close();
  });
}
