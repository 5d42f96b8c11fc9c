// Upwork's own windows (best practice, expected), under a disclosure: they are Upwork's, rarely
// changed, and a reset puts back Upwork's 2 h / 24 h (the defaults) and saves them.
import { t } from '@/utils/text/i18n';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

export function AdvancedWindows({ draft }: { draft: SettingsDraft }) {
  const { s, set, errors, commit } = draft;
  const { bestPracticeHours, expectedHours } = DEFAULT_SETTINGS;
  return (
    <details class="advanced" data-testid="advanced">
      <summary>{t('optAdvanced')}</summary>
      <label class="row">
        {t('optBestHours')}
        <input
          type="number"
          step="0.5"
          min="0.5"
          max="12"
          value={s.bestPracticeHours}
          aria-describedby="err-bestPracticeHours"
          onInput={(e) => set({ bestPracticeHours: num(e.currentTarget.value) })}
        />
      </label>
      <Err id="bestPracticeHours" errors={errors} />
      <label class="row">
        {t('optExpectedHours')}
        <input
          type="number"
          step="1"
          min="1"
          max="72"
          value={s.expectedHours}
          aria-describedby="err-expectedHours"
          onInput={(e) => set({ expectedHours: num(e.currentTarget.value) })}
        />
      </label>
      <Err id="expectedHours" errors={errors} />
      <p class="fixed">{t('optPolicyFixed')}</p>
      <button type="button" onClick={() => (set({ bestPracticeHours, expectedHours }), void commit())}>
        {t('optResetWindows', bestPracticeHours, expectedHours)}
      </button>
    </details>
  );
}
