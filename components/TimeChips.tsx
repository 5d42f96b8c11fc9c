// Reminder times as chips: each with a remove button, and a time field with Add. Each change is saved
// at once; the validator's reason (e.g. too many times) is said under the chips, the time field focused.
import { useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';
import { addTime, removeTime } from '@/utils/text/time-chips';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';

export function TimeChips({ draft }: { draft: SettingsDraft }) {
  const { s, set, errors, commit } = draft;
  const [time, setTime] = useState('');
  const times = s.reminder.times;
  const change = (next: string[]) => {
    set({ reminder: { ...draft.s.reminder, times: next } });
    void commit();
  };
  const add = () => {
    if (!time) return;
    change(addTime(times, time));
    setTime('');
  };
  return (
    <div class="chips-field" role="group" aria-labelledby="reminder-times-label">
      <span id="reminder-times-label">{t('optReminderTimes')}</span>
      <ul class="chips" data-testid="reminder-times">
        {times.length === 0 && <li class="none">{t('optChipNone')}</li>}
        {times.map((v) => (
          <li class="chip" key={v}>
            {v}
            <button type="button" aria-label={t('optChipRemove', v)} onClick={() => change(removeTime(times, v))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <span class="chip-add">
        <input
          type="time"
          name="reminder-time"
          value={time}
          aria-label={t('optChipNew')}
          aria-describedby="err-reminder.times"
          onInput={(e) => setTime(e.currentTarget.value)}
          // Choosing a time is not yet a change of the settings: Add (or Enter) is.
          onChange={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
        />
        <button type="button" onClick={add}>
          {t('optChipAdd')}
        </button>
      </span>
      <Err id="reminder.times" errors={errors} />
    </div>
  );
}
