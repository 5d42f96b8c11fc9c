// Selectors for Upwork's proposals page and an invitation's own page, newest
// layer first, each with when it was seen (issue 14; few public sources, so
// the invitation link /nx/proposals/interview/uid/<digits> is the anchor).

export const INVITE_SEL = {
  /** 2026: the section; then 2024-25's card view. A heading text is the last resort (see INVITE_HEADING). */
  section: ['[data-qa="card-invitations"]', '.invitations-card-view'],
  /** 2026 and 2024-25: one table row per invitation. */
  row: ['tr.details-row', '.details-row'],
  /** The anchor: every layout links each invitation to its own page. */
  link: 'a[href*="/nx/proposals/interview/uid/"]',
  /** 2026; then 2024-25. */
  title: ['td[data-cy="job-info"] a', '.job-info a'],
  /**
   * 2026-05 (two sources): the freelancer's own profile used ("General Profile", or an agency's name),
   * NOT the client. Named here so that nothing takes it for the client; no row shows a client name.
   */
  profile: ['td[data-cy="default-slot"]', '.default-slot'],
  time: ['td[data-cy="time-slot"]', '.time-slot .nowrap', '.time-slot'],
  headings: 'h2, h3, h4, header, [role="heading"]',
  buttons: 'button, a[role="button"], a.air3-btn',
} as const;

/** "Invites from clients (3)" (2026); "Invitations to apply", "Invitations to interview" (older). */
export const INVITE_HEADING = /^\s*(invites from clients|invitations to (apply|interview))\b/i;
/** The invitation page's own answers (2026). */
export const ACCEPT_BUTTON = /^\s*accept (interview|invitation|and send a proposal)\s*$/i;
export const DECLINE_BUTTON = /^\s*decline( (interview|invitation))?\s*$/i;
/** What the invitation page says once answered (assumed wording, 2026; keep a layer per wording). */
export const DECLINED_TEXT = /\b(you declined this invitation|invitation (has been |was )?declined|you have declined)\b/i;
/** The client took it back: Upwork does not count it (assumed wording, 2026). */
export const WITHDRAWN_TEXT =
  /\b(this (invitation|job posting|job) (has been|was) (withdrawn|closed|cancell?ed)|the client (has )?withdr[ae]wn?|invitation (has been |was )?withdrawn)\b/i;
export const ACCEPTED_TEXT = /\b(you accepted this invitation|invitation (has been |was )?accepted|you have accepted)\b/i;
