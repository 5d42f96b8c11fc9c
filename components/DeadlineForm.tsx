// Set an agreed deadline on a room. Re-renders only when the rooms change, not on the popup's clock:
// sorting hundreds of names by locale every second was most of a tick.
import { useMemo, useState } from 'preact/hooks';
import { compareNames, t } from '@/utils/text/i18n';
import type { UserCommand } from '@/utils/protocol/messages';
import type { Thread } from '@/utils/model/types';
import { memo } from './memo';

/** A datetime-local value for `at` in local time. */
const pad = (n: number) => String(n).padStart(2, '0');
/** The value a datetime-local input takes: local wall-clock time, to the minute. */
export function localInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface Props {
  threads: Thread[];
  send: (c: UserCommand) => void;
}

export const DeadlineForm = memo(
  function DeadlineForm({ threads, send }: Props) {
    const [roomId, setRoomId] = useState('');
    const [value, setValue] = useState(() => localInput(Date.now() + 3 * 86_400_000));
    const named = useMemo(() => threads.filter((d) => d.name).sort((a, b) => compareNames(a.name, b.name)), [threads]);
    return (
      <form
        class="deadline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const at = new Date(value).getTime();
          if (roomId && at > Date.now()) send({ type: 'user:deadline', roomId, deadline: at });
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
          <input type="datetime-local" value={value} min={localInput(Date.now())} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('setDeadline')}</button>
      </form>
    );
  },
  (a, b) => a.threads === b.threads && a.send === b.send,
);
