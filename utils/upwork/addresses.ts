// Upwork's addresses: the one module that spells upwork.com (the manifest's
// match patterns are built from it too). ../shared/upwork-messages-dom.md, "URLs".

export const UPWORK_ORIGIN = 'https://www.upwork.com';
/** Content script and host permission: Upwork only. */
export const UPWORK_MATCH = `${UPWORK_ORIGIN}/*`;
/** The Messages app: the inbox and every room. */
export const MESSAGES_MATCH = `${UPWORK_ORIGIN}/ab/messages/*`;
export const INBOX_URL = `${UPWORK_ORIGIN}/ab/messages/rooms/`;
export const roomUrl = (roomId: string) => INBOX_URL + roomId;

export const MESSAGES_PATH = /^\/ab\/messages\/rooms(\/|$)/;
/** room_<32 hex>; a UUID once (2026, unconfirmed). Found inside a path or href. */
export const ROOM_ID = /room_[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
/** The same pattern, for a value that must be a room id and nothing else. */
const ROOM_ID_ONLY = new RegExp(`^(?:${ROOM_ID.source})$`);
export const isRoomId = (v: unknown): v is string => typeof v === 'string' && ROOM_ID_ONLY.test(v);

export function roomIdOf(href: string | null | undefined): string | null {
  return href?.match(ROOM_ID)?.[0] ?? null;
}

/** The last address parsed: the watcher asks about the same page on every read. */
let last: { url: string; parsed: URL | null } | null = null;

const onUpwork = (url: string): URL | null => {
  if (last?.url === url) return last.parsed;
  let parsed: URL | null = null;
  try {
    const u = new URL(url);
    parsed = u.origin === UPWORK_ORIGIN ? u : null;
  } catch {
    parsed = null;
  }
  last = { url, parsed };
  return parsed;
};

/** A contract's messages in its workroom: one conversation, no room list (2026, one source). */
export const WORKROOM_MESSAGES_PATH = /^\/nx\/wm\/workroom\/[^/]+\/messages\/?$/;

export const isWorkroomMessages = (url: string) => {
  const u = onUpwork(url);
  return !!u && WORKROOM_MESSAGES_PATH.test(u.pathname);
};

/**
 * A page that shows Upwork messages: the Messages app, or a contract's
 * workroom messages. The only pages the content script reads, and the only
 * senders the worker accepts observations from.
 */
export const isMessagesPage = (url: string) => {
  const u = onUpwork(url);
  return !!u && (MESSAGES_PATH.test(u.pathname) || WORKROOM_MESSAGES_PATH.test(u.pathname));
};

/** The proposals page, where invitations to apply are listed. */
export const PROPOSALS_URL = `${UPWORK_ORIGIN}/nx/proposals/`;
export const invitationUrl = (id: string) => `${PROPOSALS_URL}interview/uid/${id}`;
export const PROPOSALS_MATCH = `${UPWORK_ORIGIN}/nx/proposals/*`;
export const PROPOSALS_PATH = /^\/nx\/proposals(\/|$)/;
/** An invitation's own page; its id is digits (three sources agree, 2026). */
/** An invitation's own page; 2026-08: sometimes with `/accept` after the id. */
export const INVITATION_PATH = /^\/nx\/proposals\/interview\/uid\/(\d{1,30})(?:\/accept)?\/?$/;
export const INVITATION_ID = /^\d{1,30}$/;
export const isInvitationId = (v: unknown): v is string => typeof v === 'string' && INVITATION_ID.test(v);

/** The digits of an invitation link, or null (a link whose id is not digits is no invitation). */
export function invitationIdOf(href: string | null | undefined): string | null {
  const m = /\/nx\/proposals\/interview\/uid\/([^/?#]+)/.exec(href ?? '');
  return m && INVITATION_ID.test(m[1]) ? m[1] : null;
}

/** The proposals page or an invitation's page. */
export const isProposalsPage = (url: string) => {
  const u = onUpwork(url);
  return !!u && PROPOSALS_PATH.test(u.pathname);
};
