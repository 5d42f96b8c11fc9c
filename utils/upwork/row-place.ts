// Which room links are rows of the room list. A link to a room is the most
// stable anchor of a row, but not every such link is a row: the left sidebar
// of the 2026-08 layout has a "Messages" item linking to the last-opened room,
// the filter tabs sit above the list, and a message may link to a room.
import { pickAll, SEL } from './selectors';
import { textParts } from './text-parts';

/** "Messages", "Unread", "Favorites" above the list (2026-08): labels, not rows. A count may follow. */
export const TAB_LABEL = /^(?:messages|unread|favou?rites|all|archived?)(?:\s*\(?\d{1,4}\)?)?$/i;
/** The empty inbox says so in words (2026-08). */
export const EMPTY_TEXT = /^(?:conversations will appear here|welcome to messages)\b/i;

/** In the 2026-08 left sidebar main menu, outside the page's own content. */
export const inSidebar = (el: Element): boolean => !!el.closest(SEL.sidebar) && !el.closest(SEL.mainContent);

/** Where a room link is navigation, not the list: menus, and the sidebar. */
const inChrome = (el: Element): boolean => !!el.closest(SEL.chrome) || inSidebar(el);

/** A room link in the list: inside the panel (or the list), else only a hooked row outside menus and the conversation. */
export function isRoomRow(el: Element): boolean {
  // A hooked row is never a tab; a tab is a bare label (a count at most): only such a link's text is read.
  const hooked = el.matches(SEL.row[0]);
  if (!hooked && (el.matches('[role="tab"]') || el.closest('[role="tablist"]'))) return false;
  if (!hooked && el.childElementCount <= 1 && TAB_LABEL.test(textParts(el).join(' '))) return false;
  if (el.closest(SEL.panel) || el.closest(SEL.list)) return true;
  if (!hooked || inChrome(el)) return false;
  return !SEL.viewport.some((v) => el.closest(v)) && !el.closest(SEL.roomHeader.join(', '));
}

/** The room panel, else the scrolling list itself (2026-09), or null. */
export const listContainer = (root: ParentNode): Element | null => root.querySelector(SEL.panel) ?? root.querySelector(SEL.list);

/** The mounted rows: the panel's (or the list's), else the hooked rows found anywhere that pass isRoomRow. */
export function findRowElements(root: ParentNode): Element[] {
  const container = listContainer(root);
  return (container ? pickAll(container, SEL.row) : pickAll(root, [SEL.row[0]])).filter(isRoomRow);
}

/** The empty inbox, by its hook or by its words (2026-08). */
export function showsEmptyInbox(root: ParentNode): boolean {
  if (root.querySelector(SEL.emptyState)) return true;
  const container = root.querySelector(SEL.panel) ?? root.querySelector(SEL.mainContent);
  return !!container && textParts(container).some((p) => EMPTY_TEXT.test(p));
}
