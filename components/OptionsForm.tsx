// The settings form. Each change is saved as it is made (on the field's change: a radio at once, a
// text or number field when it is left or Enter is pressed): the whole draft is validated and stored
// all or nothing, "Saved" is said at once, and an error puts the focus in its field.
import { useRef, useState } from 'preact/hooks';
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
  // The latest draft, for the change handler (state set in this event is not yet rendered).
  const draft = useRef({ s, leads });
  draft.current = { s, leads };
  const form = useRef<HTMLFormElement>(null);
  const commits = useRef(0);
  const set = (patch: Partial<Settings>) => {
    draft.current = { ...draft.current, s: { ...draft.current.s, ...patch } };
    setS(draft.current.s);
    setSaved(null);
  };

  async function commit(e: Event) {
    e.preventDefault();
    const { s, leads } = draft.current;
    const leadErrors: SettingsErrors = {};
    const leadMinutes = { ...s.leadMinutes };
    for (const [w] of LEADS) {
      const parsed = parseLeadTimes(leads[w]);
      if (parsed) leadMinutes[w] = parsed;
      else leadErrors[`leadMinutes.${w}`] = t('errLeadFormat');
    }
    const mine = ++commits.current;
    const result = Object.keys(leadErrors).length ? ({ ok: false, errors: leadErrors } as const) : await save({ ...s, leadMinutes });
    // Two changes in a row (leaving one field for another) save twice: only the latest answer is shown.
    if (mine !== commits.current) return;
    setErrors(result.ok ? {} : result.errors);
    setSaved(t(result.ok ? 'optSaved' : 'optNotSavedHere'));
    if (!result.ok) {
      // The first field in error takes the focus: the message is next to it, not 600 px away.
      const first = Object.keys(result.errors)[0];
      form.current?.querySelector<HTMLElement>(`[aria-describedby~="err-${CSS.escape(first)}"]`)?.focus();
    }
  }

  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  return (
    <form ref={form} onSubmit={commit} onChange={commit} noValidate>
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
                onInput={(e) => {
                  draft.current = { ...draft.current, leads: { ...draft.current.leads, [w]: e.currentTarget.value } };
                  setLeads(draft.current.leads);
                }}
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

      {/* Follows the view, so "Saved" is said where the change was made. */}
      <p role="status" class={`saved autosaved${saved ? ' shown' : ''}`}>
        {saved}
      </p>
    </form>
  );
}
