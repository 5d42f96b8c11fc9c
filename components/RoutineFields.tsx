// The routine: when to be reminded to check Upwork Messages (time chips), on which days, once the
// view is older than some hours, and the daily list of overdue clients.
import { t, uiLanguage } from '@/utils/text/i18n';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';
import { TimeChips } from './TimeChips';

/** Monday first; 0 is Sunday, as Date.getDay() counts. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
/** A Sunday, to name the days in the user's language. */
const SUNDAY = new Date(2026, 10, 22);
const dayName = (d: number) =>
  new Date(SUNDAY.getFullYear(), SUNDAY.getMonth(), SUNDAY.getDate() + d).toLocaleDateString(uiLanguage(), { weekday: 'short' });

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

export function RoutineFields({ draft }: { draft: SettingsDraft }) {
  const { s, set, errors } = draft;
  const r = s.reminder;
  const toggleDay = (d: number, on: boolean) =>
    set({ reminder: { ...r, days: on ? [...r.days, d].sort() : r.days.filter((x) => x !== d) } });
  return (
    <fieldset>
      <legend>{t('optReminder')}</legend>
      <TimeChips draft={draft} />
      <div role="group" aria-label={t('optReminderDays')} aria-describedby="err-reminder.days" class="days">
        {t('optReminderDays')}{' '}
        {WEEK.map((d) => (
          <label class="check inline" key={d}>
            <input type="checkbox" checked={r.days.includes(d)} onChange={(e) => toggleDay(d, e.currentTarget.checked)} />
            {dayName(d)}
          </label>
        ))}
      </div>
      <Err id="reminder.days" errors={errors} />
      <label class="row">
        {t('optReminderOld')}
        <input
          type="number"
          name="reminder-old-view"
          step="0.5"
          min="0.5"
          max="72"
          value={r.oldViewHours ?? ''}
          placeholder={t('optNever')}
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
      <p class="fixed">{t('optReminderHelp')}</p>
    </fieldset>
  );
}
