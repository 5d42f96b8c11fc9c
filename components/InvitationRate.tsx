// Stats: how fast invitations to apply were answered over 90 days, next to
// the three labels Upwork's profile shows, with the one the figures point to marked.
import { INVITATION_BANDS, type InvitationBand, type InvitationRate as Rate } from '@/utils/rules/invitation-rate';
import { plural, t, type MessageKey } from '@/utils/text/i18n';

const MEANING: Record<InvitationBand, MessageKey> = {
  '< 24 hours': 'invRateBandDay',
  '< 3 days': 'invRateBand3Days',
  '3 days': 'invRateBandLater',
};

export function InvitationRate({ rate }: { rate: Rate }) {
  const approx = rate.approximate ? '≈ ' : '';
  const pct = (x: number) => `${approx}${Math.round(x * 100)}%`;
  const head = <h2>{t('invRateTitle')}</h2>;
  if (rate.received === 0)
    return (
      <section class="invitation-rate" data-testid="invitation-rate" data-band="">
        {head}
        <p data-state="no-invitations">{t('invRateEmpty')}</p>
      </section>
    );
  return (
    <section class="invitation-rate" data-testid="invitation-rate" data-band={rate.band ?? ''}>
      {head}
      {rate.shareDay === null ? (
        <p data-state="none-decided">{t('invRateNoneDecided')}</p>
      ) : (
        <>
          <p data-figure="within-day">{t('invRateWithinDay', pct(rate.shareDay), rate.withinDay, rate.dayCounted)}</p>
          <p data-figure="within-3-days">
            {rate.share3Days === null
              ? t('invRateWithin3DaysNone')
              : t('invRateWithin3Days', pct(rate.share3Days), rate.within3Days, rate.days3Counted)}
          </p>
        </>
      )}
      {rate.gone > 0 && <p data-figure="gone">{plural('invRateGone', rate.gone)}</p>}
      {rate.pending > 0 && <p data-figure="pending">{plural('invRatePending', rate.pending)}</p>}
      <p class="note">
        {t('invRateRule')}
        {rate.approximate ? ` ${t('invRateApprox')}` : ''}
      </p>
      <p>{t('invRateBandsTitle')}</p>
      <ul class="bands">
        {INVITATION_BANDS.map((band) => {
          const current = band === rate.band;
          return (
            <li key={band} data-band={band} data-current={String(current)} aria-current={current ? 'true' : undefined}>
              <strong>{band}</strong>: {t(MEANING[band])}
              {current ? ` ${t('invRateYou')}` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
