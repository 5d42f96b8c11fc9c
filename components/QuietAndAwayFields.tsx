// Quiet hours and away mode: the two settings about when the freelancer is not there.
import { t } from '@/utils/text/i18n';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';

export function QuietAndAwayFields({ draft: { s, set, errors } }: { draft: SettingsDraft }) {
  return (
    <>
      <fieldset>
        <legend>{t('optQuiet')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={s.quietHours.enabled}
            onChange={(e) => set({ quietHours: { ...s.quietHours, enabled: e.currentTarget.checked } })}
          />
          {t('optQuietOn')}
        </label>
        <div class="times">
          <label>
            {t('optFrom')}
            <input
              type="time"
              value={s.quietHours.start}
              onInput={(e) => set({ quietHours: { ...s.quietHours, start: e.currentTarget.value } })}
            />
          </label>
          <label>
            {t('optTo')}
            <input
              type="time"
              value={s.quietHours.end}
              onInput={(e) => set({ quietHours: { ...s.quietHours, end: e.currentTarget.value } })}
            />
          </label>
        </div>
        <Err id="quietHours" errors={errors} />
        <label class="check">
          <input type="checkbox" checked={s.policyBreaksQuiet} onChange={(e) => set({ policyBreaksQuiet: e.currentTarget.checked })} />
          {t('optPolicyBreaks')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optAway')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={s.away.enabled}
            onChange={(e) => set({ away: { ...s.away, enabled: e.currentTarget.checked } })}
          />
          {t('optAwayOn')}
        </label>
        <label class="row">
          {t('optBackOn')}
          <input
            type="date"
            value={s.away.until ?? ''}
            onInput={(e) => set({ away: { ...s.away, until: e.currentTarget.value || null } })}
          />
        </label>
        <Err id="away" errors={errors} />
        <p class="fixed">{t('optAwayPolicy')}</p>
      </fieldset>
    </>
  );
}
