// The settings form. Edits a draft; Save validates the whole of it and stores all or nothing.
import { useState } from 'preact/hooks';
import { formatLeadTimes, parseLeadTimes } from '@/utils/lead-times';
import type { WindowName } from '@/utils/reply-windows';
import type { Checked, Settings, SettingsErrors } from '@/utils/settings';

export interface OptionsFormProps {
  initial: Settings;
  save: (s: unknown) => Promise<Checked>;
}

const LEADS: [WindowName, string][] = [
  ['best-practice', 'Before the best-practice window closes'],
  ['expected', 'Before the expected window closes'],
  ['policy', 'Before the 7-day policy window closes'],
];

function Err({ id, errors }: { id: string; errors: SettingsErrors }) {
  return errors[id] ? (
    <p class="error" id={`err-${id}`} role="alert">
      {errors[id]}
    </p>
  ) : null;
}

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
      else leadErrors[`leadMinutes.${w}`] = 'Write durations like "30 min", "3 h" or "1 d, 6 h".';
    }
    const result = Object.keys(leadErrors).length ? ({ ok: false, errors: leadErrors } as const) : await save({ ...s, leadMinutes });
    setErrors(result.ok ? {} : result.errors);
    setSaved(result.ok ? 'Saved.' : 'Not saved: please correct the fields marked below.');
  }

  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Reply windows</legend>
        <label>
          Best practice (hours)
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
          Expected (hours)
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
        <p class="fixed">Policy: 7 days on active contracts. This is Upwork's rule and cannot be changed.</p>
      </fieldset>

      <fieldset>
        <legend>Warnings</legend>
        {LEADS.map(([w, label]) => (
          <div key={w}>
            <label>
              {label}
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

      <fieldset>
        <legend>Quiet hours</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={s.quietHours.enabled}
            onChange={(e) => set({ quietHours: { ...s.quietHours, enabled: e.currentTarget.checked } })}
          />
          No notifications during quiet hours
        </label>
        <label>
          From
          <input
            type="time"
            value={s.quietHours.start}
            onInput={(e) => set({ quietHours: { ...s.quietHours, start: e.currentTarget.value } })}
          />
        </label>
        <label>
          To
          <input
            type="time"
            value={s.quietHours.end}
            onInput={(e) => set({ quietHours: { ...s.quietHours, end: e.currentTarget.value } })}
          />
        </label>
        <Err id="quietHours" errors={errors} />
        <label class="check">
          <input type="checkbox" checked={s.policyBreaksQuiet} onChange={(e) => set({ policyBreaksQuiet: e.currentTarget.checked })} />
          Let the 7-day policy warning through quiet hours
        </label>
      </fieldset>

      <fieldset>
        <legend>Away mode</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={s.away.enabled}
            onChange={(e) => set({ away: { ...s.away, enabled: e.currentTarget.checked } })}
          />
          I am away (like Upwork's "Not available for new work"): silence the 2- and 24-hour warnings for rooms without a contract
        </label>
        <label>
          Back on
          <input
            type="date"
            value={s.away.until ?? ''}
            onInput={(e) => set({ away: { ...s.away, until: e.currentTarget.value || null } })}
          />
        </label>
        <Err id="away" errors={errors} />
        <p class="fixed">The 7-day policy on active contracts is never silenced.</p>
      </fieldset>

      <fieldset>
        <legend>You</legend>
        <label>
          Your name as Upwork shows it (only needed where Reply Window cannot learn it, such as group rooms)
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
        <legend>The badge counts</legend>
        <label class="check">
          <input type="radio" name="badge" checked={s.badgeCounts === 'all'} onChange={() => set({ badgeCounts: 'all' })} />
          every room awaiting a reply
        </label>
        <label class="check">
          <input
            type="radio"
            name="badge"
            checked={s.badgeCounts === 'past-best-practice'}
            onChange={() => set({ badgeCounts: 'past-best-practice' })}
          />
          only rooms past best practice
        </label>
      </fieldset>

      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <span role="status" class="saved">
          {saved}
        </span>
      </div>
    </form>
  );
}
