// The "Invitations" group of the popup: one countdown row per invitation still
// waiting for an accept or a decline, soonest deadline first. Page text is rendered as text.
import { MINUTE } from '@/utils/model/time';
import type { ProposalsStatus, WindowLengths } from '@/utils/model/types';
import type { AwaitingInvitation } from '@/utils/rules/invitations';
import { stateLabel, statusText } from '@/utils/text/format';
import { plural, t, type MessageKey } from '@/utils/text/i18n';
import { useTimeText } from './clock';
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
    const text = useTimeText(
      (now) => statusText(status, now, lengths),
      (now) => Math.floor((status.deadline - now) / MINUTE),
    );
    // The proposals page names no client (its default-slot column is the freelancer's profile): the job title names it.
    const client = inv.client || inv.title || t('aClient');
    const title = inv.client ? inv.title : '';
    return (
      <li class="room" data-invitation-id={inv.id} data-reply-window={status.state} data-deadline={status.deadline}>
        <button
          type="button"
          class="room-open"
          onClick={() => onOpen(inv.id)}
          aria-label={
            title
              ? t('invitationAria', client, title, stateLabel(status.state), (inv.exact ? '' : '≈ ') + text)
              : t('invitationAriaJob', client, stateLabel(status.state), (inv.exact ? '' : '≈ ') + text)
          }
        >
          <span class="room-who">
            <span class="room-name">{client}</span>
            {title && <span class="room-title">{title}</span>}
          </span>
          <span class="room-when">
            <span class={`room-state state-${status.state}`}>{stateLabel(status.state)}</span>
            <span class="room-left">
              {inv.exact ? null : (
                <abbr class="approx" title={t('approxTitle')}>
                  ≈{' '}
                </abbr>
              )}
              {text}
            </span>
          </span>
        </button>
      </li>
    );
  },
  (a, b) => a.item === b.item && a.lengths === b.lengths && a.onOpen === b.onOpen,
);
