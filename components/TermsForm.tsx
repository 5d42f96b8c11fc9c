// "Agreed terms" for one room: its own reply target in hours, optionally
// counted only in working hours on chosen days (the user's time zone).
// Out-of-range values are refused here, with the reason, and never sent.
import { useState } from 'preact/hooks';
import type { AgreedTerms } from '@/utils/model/types';
import type { UserCommand } from '@/utils/protocol/messages';
import { termsProblem, TERMS_MAX_HOURS, TERMS_MIN_HOURS } from '@/utils/protocol/invitation-guards';
import { t } from '@/utils/text/i18n';
import { dayName } from './day-names';

interface Props {
  roomId: string;
  terms: AgreedTerms | null;
  send: (cmd: UserCommand) => void;
}

const WEEK = [1, 2, 3, 4, 5, 6, 0]; // Monday first
const ERRORS = { hours: 'termsErrHours', days: 'termsErrDays', same: 'termsErrSame', never: 'termsErrNever' } as const;

export function TermsForm({ roomId, terms, send }: Props) {
  const [hours, setHours] = useState(String(terms?.hours ?? 24));
  const [working, setWorking] = useState(!!terms?.working);
  const [days, setDays] = useState<number[]>(terms?.working?.days ?? [1, 2, 3, 4, 5]);
  const [start, setStart] = useState(terms?.working?.start ?? '09:00');
  const [end, setEnd] = useState(terms?.working?.end ?? '18:00');
  const [error, setError] = useState<string | null>(null);
  const id = `terms-${roomId}`;
  const submit = (e: Event) => {
    e.preventDefault();
    const terms = { hours: hours.trim() ? Number(hours.replace(',', '.')) : NaN, working: working ? { days, start, end } : null };
    // The guard's own rule, so the form refuses exactly what the worker would.
    const problem = termsProblem(terms);
    if (problem) return setError(t(ERRORS[problem]));
    setError(null);
    send({ type: 'user:terms', roomId, terms });
  };
  return (
    <form class="terms-form" noValidate aria-labelledby={`${id}-head`} onSubmit={submit} data-testid="terms-form">
      <strong id={`${id}-head`}>{t('termsTitle')}</strong>
      <label>
        {t('termsHoursLabel')}
        <input
          type="number"
          inputMode="decimal"
          step="0.5"
          min={TERMS_MIN_HOURS}
          max={TERMS_MAX_HOURS}
          value={hours}
          aria-invalid={!!error}
          aria-describedby={`${id}-err`}
          onInput={(e) => setHours(e.currentTarget.value)}
        />
      </label>
      <label class="check">
        <input type="checkbox" checked={working} onChange={(e) => setWorking(e.currentTarget.checked)} />
        {t('termsWorkingOnly')}
      </label>
      {working && (
        <fieldset class="terms-working">
          <legend>{t('termsDays')}</legend>
          {WEEK.map((d) => (
            <label class="check" key={d}>
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) => setDays(e.currentTarget.checked ? [...days, d] : days.filter((x) => x !== d))}
              />
              {dayName(d)}
            </label>
          ))}
          <label>
            {t('termsFrom')}
            <input type="time" value={start} onInput={(e) => setStart(e.currentTarget.value)} />
          </label>
          <label>
            {t('termsTo')}
            <input type="time" value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
          </label>
          {end < start && <span class="terms-overnight">{t('termsOvernightNote')}</span>}
        </fieldset>
      )}
      <p class="hint">{t('termsPolicyNote')}</p>
      <span id={`${id}-err`} class="field-error" role={error ? 'alert' : undefined}>
        {error}
      </span>
      <button type="submit">{t('termsSave')}</button>
      {terms && (
        <button type="button" onClick={() => send({ type: 'user:terms', roomId, terms: null })}>
          {t('termsClear')}
        </button>
      )}
    </form>
  );
}
