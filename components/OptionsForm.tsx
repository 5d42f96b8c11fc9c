// The settings form. Edits a draft; Save validates the whole of it and stores all or nothing.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/text/i18n';
import { formatLeadTimes, parseLeadTimes } from '@/utils/text/lead-times';
import type { WindowName } from '@/utils/model/types';
import type { Checked, Settings, SettingsErrors } from '@/utils/rules/settings';
import { Err } from './FieldError';
import { QuietAndAwayFields } from './QuietAndAwayFields';
import { RoutineFields } from './RoutineFields';

export interface OptionsFormProps {
  initial: Settings;
  save: (s: unknown) => Promise<Checked>;
}

const LEADS: [WindowName, MessageKey][] = [
  ['best-practice', 'optLeadBest'],
  ['expected', 'optLeadExpected'],
  ['policy', 'optLeadPolicy'],
];

export function OptionsForm({ initial, save }: OptionsFormProps) {
  const [s, setS] = useState(initial);
  const [leads, setLeads] = useState(
    () => Object.fromEntries(LEADS.map(([w]) => [w, formatLeadTimes(initial.leadMinutes[w])])) as Record<WindowName, string>,
  );
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<Settings>) => {
    setS({ ...s, ...patch });
    setSaved(null);
  };

  async function submit(e: Event) {
    e.preventDefault();
    const leadErrors: SettingsErrors = {};
    const leadMinutes = { ...s.leadMinutes };
    for (const [w] of LEADS) {
      const parsed = parseLeadTimes(leads[w]);
      if (parsed) leadMinutes[w] = parsed;
      else leadErrors[`leadMinutes.${w}`] = t('errLeadFormat');
    }
    const result = Object.keys(leadErrors).length ? ({ ok: false, errors: leadErrors } as const) : await save({ ...s, leadMinutes });
    setErrors(result.ok ? {} : result.errors);
    setSaved(t(result.ok ? 'optSaved' : 'optNotSaved'));
  }

  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('optWindows')}</legend>
        <label>
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
        <label>
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
      </fieldset>

      <fieldset>
        <legend>{t('optWarnings')}</legend>
        {LEADS.map(([w, label]) => (
          <div key={w}>
            <label>
              {t(label)}
              <input
                type="text"
                value={leads[w]}
                aria-describedby={`err-leadMinutes.${w}`}
                onInput={(e) => setLeads({ ...leads, [w]: e.currentTarget.value })}
              />
            </label>
            <Err id={`leadMinutes.${w}`} errors={errors} />
          </div>
        ))}
      </fieldset>

      <QuietAndAwayFields s={s} set={set} errors={errors} />
      <RoutineFields s={s} set={set} errors={errors} />

      <fieldset>
        <legend>{t('optYou')}</legend>
        <label>
          {t('optSelfName')}
          <input
            type="text"
            maxLength={100}
            value={s.selfName}
            aria-describedby="err-selfName"
            onInput={(e) => set({ selfName: e.currentTarget.value })}
          />
        </label>
        <Err id="selfName" errors={errors} />
      </fieldset>

      <fieldset>
        <legend>{t('optBadge')}</legend>
        <label class="check">
          <input type="radio" name="badge" checked={s.badgeCounts === 'all'} onChange={() => set({ badgeCounts: 'all' })} />
          {t('optBadgeAll')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="badge"
            checked={s.badgeCounts === 'past-best-practice'}
            onChange={() => set({ badgeCounts: 'past-best-practice' })}
          />
          {t('optBadgeLate')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optBadgeInvitations')}</legend>
        <label class="check">
          <input
            type="radio"
            name="badge-invitations"
            checked={s.badgeInvitations === 'with-rooms'}
            onChange={() => set({ badgeInvitations: 'with-rooms' })}
          />
          {t('optBadgeInvitationsWith')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="badge-invitations"
            checked={s.badgeInvitations === 'apart'}
            onChange={() => set({ badgeInvitations: 'apart' })}
          />
          {t('optBadgeInvitationsApart')}
        </label>
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary">
          {t('optSave')}
        </button>
        <span role="status" class="saved">
          {saved}
        </span>
      </div>
    </form>
  );
}
