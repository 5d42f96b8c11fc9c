// Agreed deadlines: count down to "tell the client by" (the deadline minus 24 hours).
import { format } from 'date-fns';
import { useState } from 'preact/hooks';
import { compactDuration } from '@/utils/format';
import type { UserCommand } from '@/utils/messages';
import { tellClientBy } from '@/utils/room-actions';
import type { Thread } from '@/utils/types';

const when = (t: number) => format(t, 'EEE d MMM, p');
/** A datetime-local value for `t` in local time. */
export const localInput = (t: number) => format(t, "yyyy-MM-dd'T'HH:mm");

export function DeadlineList({ threads, now, send }: { threads: Thread[]; now: number; send: (c: UserCommand) => void }) {
  const withDeadline = threads.filter((t) => t.deadline && t.deadline > now).sort((a, b) => a.deadline! - b.deadline!);
  const [roomId, setRoomId] = useState('');
  const [value, setValue] = useState(localInput(now + 3 * 86_400_000));
  const named = [...threads].filter((t) => t.name).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="deadlines-head" class="deadlines">
      <h2 id="deadlines-head">Deadlines</h2>
      {withDeadline.length > 0 && (
        <ul>
          {withDeadline.map((t) => {
            const by = tellClientBy(t.deadline!);
            return (
              <li key={t.roomId} data-room-id={t.roomId} data-deadline={t.deadline}>
                <span class="room-name">{t.name || 'Unnamed room'}</span>
                <span class="deadline-left">
                  {by > now
                    ? `Tell the client by ${when(by)} (${compactDuration(by - now)} left)`
                    : `Tell the client now: ${compactDuration(t.deadline! - now)} to the deadline`}{' '}
                  if you will miss the deadline of {when(t.deadline!)}.
                </span>
                <button
                  type="button"
                  onClick={() => send({ type: 'user:deadline', roomId: t.roomId, deadline: null })}
                  aria-label={`Remove the deadline with ${t.name}`}
                >
                  Remove
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
          Room
          <select value={roomId} onChange={(e) => setRoomId(e.currentTarget.value)}>
            <option value="">choose…</option>
            {named.map((t) => (
              <option key={t.roomId} value={t.roomId}>
                {t.name}
                {t.title ? ` · ${t.title}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Agreed deadline
          <input type="datetime-local" value={value} min={localInput(now)} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
        <button type="submit">Set deadline</button>
      </form>
    </section>
  );
}
