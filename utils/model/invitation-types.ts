// Plain data about invitations to apply, from the proposals page and an invitation's own page to the
// worker and the popup. Every instant is epoch milliseconds (UTC).
import type { Layout, TimeRange } from './basics';

/** One invitation to apply, as read from the proposals page. */
export interface InvitationRow {
  /** The digits of /nx/proposals/interview/uid/<id>. */
  id: string;
  title: string;
  client: string;
  /** When it was received, as the range the page's text allows. */
  receivedAt: TimeRange;
}

/**
 * How an invitation stopped waiting: answered on its own page, withdrawn by the client (its page says so),
 * or no longer listed (withdrawn or answered: cannot tell).
 */
export type InvitationEnd = 'accepted' | 'declined' | 'withdrawn' | 'gone';

/** One read of the proposals page, or of one invitation's page. */
export interface InvitationObservation {
  seenAt: number;
  /** 'list': the proposals page; 'invitation': one invitation's own page. */
  page: 'list' | 'invitation';
  layout: Layout;
  missing: string[];
  /** On the list page: every invitation listed. */
  invitations: InvitationRow[];
  /** On an invitation's page: the answer seen there, if any. */
  answered: { id: string; how: 'accepted' | 'declined' | 'withdrawn' } | null;
}

/** What is stored per invitation. */
export interface Invitation {
  id: string;
  title: string;
  client: string;
  /** Earliest moment it can have arrived: the 24-hour window counts from here. */
  receivedAt: number;
  exact: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  /** null while waiting. */
  ended: { at: number; how: InvitationEnd } | null;
}

/** What the worker keeps about the proposals page itself. */
export interface ProposalsStatus {
  checkedAt: number | null;
  layout: Layout | null;
  missing: string[];
}
