// Agreed deadlines: count down to "tell the client by" (the deadline minus 24 hours).
import { format } from 'date-fns';
import { useState } from 'preact/hooks';
import { compactDuration } from '@/utils/format';
import { dateLocale, t } from '@/utils/i18n';
import type { UserCommand } from '@/utils/messages';
import { tellClientBy } from '@/utils/room-actions';
import type { Thread } from '@/utils/types';

const when = (at: number) => format(at, 'EEE d MMM, p', { locale: dateLocale() });
/** A datetime-local value for `t` in local time. */
export const localInput = (at: number) => format(at, "yyyy-MM-dd'T'HH:mm");

export function DeadlineList({ threads, now, send }: { threads: Thread[]; now: number; send: (c: UserCommand) => void }) {
  const withDeadline = threads.filter((d) => d.deadline && d.deadline > now).sort((a, b) => a.deadline! - b.deadline!);
  const [roomId, setRoomId] = useState('');
  const [value, setValue] = useState(localInput(now + 3 * 86_400_000));
  const named = [...threads].filter((d) => d.name).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="deadlines-head" class="deadlines">
      <h2 id="deadlines-head">{t('deadlines')}</h2>
      {withDeadline.length > 0 && (
        <ul>
          {withDeadline.map((d) => {
            const by = tellClientBy(d.deadline!);
            return (
              <li key={d.roomId} data-room-id={d.roomId} data-deadline={d.deadline}>
                <span class="room-name">{d.name || t('unnamedRoom')}</span>
                <span class="deadline-left">
                  {by > now
                    ? t('tellBy', when(by), compactDuration(by - now), when(d.deadline!))
                    : t('tellNow', compactDuration(d.deadline! - now), when(d.deadline!))}
                </span>
                <button
                  type="button"
                  onClick={() => send({ type: 'user:deadline', roomId: d.roomId, deadline: null })}
                  aria-label={t('removeDeadlineAria', d.name)}
                >
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        class="deadline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const at = new Date(value).getTime();
          if (roomId && at > now) send({ type: 'user:deadline', roomId, deadline: at });
        }}
      >
        <label>
          {t('room')}
          <select value={roomId} onChange={(e) => setRoomId(e.currentTarget.value)}>
            <option value="">{t('choose')}</option>
            {named.map((d) => (
              <option key={d.roomId} value={d.roomId}>
                {d.name}
                {d.title ? ` · ${d.title}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agreedDeadline')}
          <input type="datetime-local" value={value} min={localInput(now)} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('setDeadline')}</button>
      </form>
    </section>
  );
}
