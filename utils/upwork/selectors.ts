// Every selector for Upwork's Messages page, newest layer first, each with the
// months it was seen (../shared/upwork-messages-dom.md). Nothing else in the
// extension knows Upwork's markup.
import { spacedText } from './text-parts';

export const SEL = {
  /** The Nuxt app's root, observed only until the room list and the conversation appear. */
  appRoot: '#__nuxt',
  /** 2026-01..07 */
  panel: '[data-test="rooms-panel"], .rooms-panel',
  /** 2026-09 */
  list: '.rooms-panel-room-list.rooms-panel-items',
  emptyState: '[data-test="empty-state"]',
  /** 2026-08-23: the new global layout's left sidebar main menu; its "Messages" item may link to a room. */
  sidebar: '.ng-sidebar-layout-wrapper',
  /** 2026-08-23: the page itself, beside that sidebar (`.layout > .main-content-container > .main-content`). */
  mainContent: '.main-content',
  /** Menus: a room link in them is navigation, never a row. */
  chrome: 'nav, [role="navigation"], [role="menu"], [role="menubar"]',
  /** 2026-02..09: the row is itself the link; then any room link, the most stable anchor. */
  row: ['a[data-test="room-list-item"][href*="/messages/rooms/room_"]', 'a[href*="/messages/rooms/room_"]'],
  /** 2026; the second is older. Text is a comma-separated list of name variants (names.ts): "James B., James Blue". */
  rowName: ['[data-test="room-name"]', '.room-list-item-base-text.item-title', '.item-title'],
  /** 2026; sometimes holds a date instead of a title. */
  rowTitle: ['[data-test="room-topic-or-subtitle"]', '.item-subtitle'],
  rowPreview: ['.room-list-item-story'],
  rowTime: ['.timestamp'],

  /** Open conversation header: 2026 and 2026-04's class layer. */
  roomHeader: ['.room-header', '.up-d-room-header', '.room-header-body'],
  roomTitle: ['[data-test="room-title"]', '.room-title'],
  roomSubtitle: ['[data-test="room-subtitle"]', '.room-subtitle'],
  /** 2026-01 */
  viewContract: '[data-ev-label="wm_view_contract_action"]',
  /** 2024-10, 2026-01; then a plain `.scroll-wrapper` (2026). */
  viewport: ['#story-viewport', '.scroll-wrapper.custom-scrollbar', '.scroll-wrapper'],
  /** 2026-02..04 */
  story: '.up-d-story-item[id^="story_"], [id^="story_"]',
  /** 2026-02..04; `.story-message-header` (span.user-name + span.story-timestamp[title]) 2026-01 and 2026-04. */
  storyHeader: ['[data-test="story-header"]', '.story-message-header'],
  author: '.user-name',
  storyTime: '.story-timestamp',
  dayDivider: '.story-day-header .header-timestamp, .story-day-header',
  storyText: '[data-test="story-message"]',
  /** 2026-02..04; the body as `.up-d-message` 2026-01 and 2026-04 (system notes too, with the actor in <strong>). */
  storyBody: '.story-message, .up-d-message',
  deleted: '.story-message.deleted',
  attachment: '.up-d-story-reference, .up-d-story-img, a[href*="/ab/messages/att/"]',
  /** A quoted older message inside a story: not a new message, not its author. */
  quote: '.reply-wrapper, .quote-attachment, .quote-wrap',
  /** 2026-02 (two sources): the reply box, a TipTap / ProseMirror editor in `.up-d-composer`. Read-only rooms have none. */
  composer: [
    '.up-d-composer .tiptap.ProseMirror[contenteditable="true"]',
    '.up-d-composer [contenteditable="true"]',
    '.up-d-composer textarea',
    /** 2026-01..05 (three sources): `div[role="textbox"]` inside `.composer-container .input-area`. */
    '.up-d-composer [role="textbox"][contenteditable="true"]',
    '.composer-container .input-area [role="textbox"][contenteditable="true"]',
  ],
  /** 2026-01..05: the send control. Never clicked (the extension sends nothing); it tells a composer from another editor. */
  sendButton: ['button[aria-label="Send message"]', '.up-d-composer button.air3-btn-circle'],
  /** Fallback: any editor inside the room pane (the conversation's ancestors, never the room list). */
  anyEditor: '[contenteditable="true"], textarea',
} as const;

/** The freelancer's own last message: the room list preview starts with "You:". */
export const OWN_PREVIEW = /^\s*You\s*:/;

/** First element matching any layer, newest first. */
export function pick(root: ParentNode, layers: readonly string[]): Element | null {
  for (const sel of layers) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** Elements of the first layer that matches anything. */
export function pickAll(root: ParentNode, layers: readonly string[]): Element[] {
  for (const sel of layers) {
    const found = root.querySelectorAll(sel);
    if (found.length) return Array.from(found);
  }
  return [];
}

/**
 * An element's text part by part, joined by one space (text-parts.ts): never a glued text,
 * which Vue's siblings without spaces would turn into "ReceivedAug 22, 2026". No layout reads.
 */
export const text = (el: Element | null | undefined) => spacedText(el);
