// The "Invitations" group of the popup: one countdown row per invitation still
// waiting for an accept or a decline, in the order to answer them. Page text is rendered as text.
import { MINUTE } from '@/utils/model/time';
import type { ProposalsStatus, WindowLengths } from '@/utils/model/types';
import type { AwaitingInvitation } from '@/utils/rules/invitations';
import { stateLabel } from '@/utils/text/format';
import { plural, t, type MessageKey } from '@/utils/text/i18n';
import { useTimeText } from './clock';
import { TimeLine } from './Duration';
import { joinParts, rowTime, splitParts } from './room-text';
import { memo } from './memo';

export interface InvitationListProps {
  invitations: AwaitingInvitation[];
  proposals: ProposalsStatus;
  lengths: WindowLengths;
  onOpen: (id: string) => void;
}

const missingText = (code: string) => {
  const key = `missing_${code}`;
  const text = t(key as MessageKey);
  return text === key ? code : text;
};

export function InvitationList({ invitations, proposals, lengths, onOpen }: InvitationListProps) {
  const unrecognised = proposals.layout === 'unrecognised';
  // A read that refused a row or found fewer than the heading counts ends nothing: said, so a stale one is explained.
  const partial = !unrecognised && proposals.missing.length > 0;
  if (!invitations.length && !unrecognised && !partial) return null;
  return (
    <section aria-labelledby="invitations-head" data-testid="invitations">
      <h2 id="invitations-head">{t('popupInvitations')}</h2>
      {unrecognised && (
        <p class="notice notice-stale" role="alert" data-state="proposals-unrecognised">
          {t('popupProposalsLayout', proposals.missing.map(missingText).join(', ') || missingText('invitations'))}
        </p>
      )}
      {partial && (
        <p class="notice" data-state="proposals-partial">
          {t('popupProposalsPartial', proposals.missing.map(missingText).join(', '))}
        </p>
      )}
      {invitations.length > 0 && (
        <ul class="rooms invitations" aria-label={plural('popupInvitationsLabel', invitations.length)}>
          {invitations.map((a) => (
            <InvitationItem key={a.invitation.id} item={a} lengths={lengths} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  item: AwaitingInvitation;
  lengths: WindowLengths;
  onOpen: (id: string) => void;
}

const InvitationItem = memo(
  function InvitationItem({ item, lengths, onOpen }: ItemProps) {
    const { invitation: inv, status } = item;
    const parts = splitParts(
      useTimeText(
        (now) => joinParts(rowTime(status, now, lengths)),
        (now) => Math.floor((status.deadline - now) / MINUTE),
      ),
    );
    const text = parts.join('');
    const approx = inv.exact ? '' : '≈ ';
    // The proposals page names no client (its default-slot column is the freelancer's profile): the job title names it.
    const client = inv.client || inv.title || t('aClient');
    const title = inv.client ? inv.title : '';
    // Laid out as a room's row (name and figure, then the window in small text), so the two lists line up.
    return (
      <li class="room" data-invitation-id={inv.id} data-reply-window={status.state} data-deadline={status.deadline}>
        <div class="room-line">
          <button
            type="button"
            class="room-open"
            onClick={() => onOpen(inv.id)}
            aria-label={
              title
                ? t('invitationAria', client, title, stateLabel(status.state), approx + text)
                : t('invitationAriaJob', client, stateLabel(status.state), approx + text)
            }
          >
            <span class="room-l1">
              <span class="room-name">{client}</span>
              <span class="room-figure" aria-hidden="true">
                {status.open ? approx + parts[1] : t('markShortMissed')}
              </span>
            </span>
            <span class="room-l2">
              <span class="room-title">{title}</span>
              <span class={`room-left${status.open ? ' open' : ''}`}>
                {inv.exact ? null : (
                  <abbr class="approx" title={t('approxTitle')}>
                    ≈{' '}
                  </abbr>
                )}
                <TimeLine parts={parts} />
              </span>
            </span>
          </button>
          {/* The width of a room's ⋯, so the figures of both lists stand in one column. */}
          <span class="room-more room-more-space" aria-hidden="true">
            ⋯
          </span>
        </div>
      </li>
    );
  },
  (a, b) => a.item === b.item && a.lengths === b.lengths && a.onOpen === b.onOpen,
);
