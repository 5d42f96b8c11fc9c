// The routine: when to be reminded to check Upwork Messages, the daily list of
// overdue rooms, and when the view counts as old. Times are typed as text
// ("09:00, 13:00") and checked whole by the settings validator, which says why.
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/text/i18n';
import { Err } from './FieldError';
import type { FieldsProps } from './QuietAndAwayFields';

/** Monday first; 0 is Sunday, as Date.getDay() counts. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
/** A Sunday, to name the days in the user's language. */
const SUNDAY = new Date(2026, 10, 22);
const dayName = (d: number) =>
  new Date(SUNDAY.getFullYear(), SUNDAY.getMonth(), SUNDAY.getDate() + d).toLocaleDateString(uiLanguage(), { weekday: 'short' });

/** "9:00, 13:00 17:30" -> ["09:00", "13:00", "17:30"]; anything else is kept as typed, for the validator to name. */
export function parseTimes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((v) => (/^\d:\d\d$/.test(v) ? `0${v}` : v));
}

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

export function RoutineFields({ s, set, errors }: FieldsProps) {
  const [times, setTimes] = useState(() => s.reminder.times.join(', '));
  const r = s.reminder;
  const toggleDay = (d: number, on: boolean) =>
    set({ reminder: { ...r, days: on ? [...r.days, d].sort() : r.days.filter((x) => x !== d) } });
  return (
    <fieldset>
      <legend>{t('optReminder')}</legend>
      <label>
        {t('optReminderTimes')}
        <input
          type="text"
          name="reminder-times"
          value={times}
          placeholder="09:00, 13:00, 17:00"
          aria-describedby="err-reminder.times"
          onInput={(e) => {
            setTimes(e.currentTarget.value);
            set({ reminder: { ...r, times: parseTimes(e.currentTarget.value) } });
          }}
        />
      </label>
      <Err id="reminder.times" errors={errors} />
      <div role="group" aria-label={t('optReminderDays')} aria-describedby="err-reminder.days">
        {t('optReminderDays')}{' '}
        {WEEK.map((d) => (
          <label class="check inline" key={d}>
            <input type="checkbox" checked={r.days.includes(d)} onChange={(e) => toggleDay(d, e.currentTarget.checked)} />
            {dayName(d)}
          </label>
        ))}
      </div>
      <Err id="reminder.days" errors={errors} />
      <label>
        {t('optReminderOld')}
        <input
          type="number"
          name="reminder-old-view"
          step="0.5"
          min="0.5"
          max="72"
          value={r.oldViewHours ?? ''}
          aria-describedby="err-reminder.oldViewHours"
          onInput={(e) =>
            set({ reminder: { ...r, oldViewHours: e.currentTarget.value.trim() === '' ? null : num(e.currentTarget.value) } })
          }
        />
      </label>
      <Err id="reminder.oldViewHours" errors={errors} />
      <label class="check">
        <input
          type="checkbox"
          name="overdue-digest"
          checked={s.overdueDigest}
          onChange={(e) => set({ overdueDigest: e.currentTarget.checked })}
        />
        {t('optOverdueDigest')}
      </label>
      <label>
        {t('optStaleAfter')}
        <input
          type="number"
          name="stale-after"
          step="0.25"
          min="0.25"
          max="72"
          value={s.staleAfterHours}
          aria-describedby="err-staleAfterHours"
          onInput={(e) => set({ staleAfterHours: num(e.currentTarget.value) })}
        />
      </label>
      <Err id="staleAfterHours" errors={errors} />
      <p class="fixed">{t('optReminderHelp')}</p>
    </fieldset>
  );
}
