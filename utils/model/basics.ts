// The two plain types every read shares: rooms (types.ts) and invitations (invitation-types.ts).

/** When something happened, as the range the page's evidence allows. */
export interface TimeRange {
  earliest: number;
  latest: number;
}

/** How far a read understood its page. */
export type Layout = 'ok' | 'empty' | 'unrecognised';
