// Quiet hours and away mode: the two settings about when the freelancer is not there.
import { t } from '@/utils/text/i18n';
import type { Settings, SettingsErrors } from '@/utils/rules/settings';
import { Err } from './FieldError';

export interface FieldsProps {
  s: Settings;
  set: (patch: Partial<Settings>) => void;
  errors: SettingsErrors;
}

export function QuietAndAwayFields({ s, set, errors }: FieldsProps) {
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
        <label>
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
