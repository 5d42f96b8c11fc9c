// Agreed deadlines: count down to "tell the client by" (the deadline minus 24 hours). Shown only when
// there are any; a deadline is set from a room's ⋯ › More.
import { compactDuration, localDate } from '@/utils/text/format';
import { t } from '@/utils/text/i18n';
import type { UserCommand } from '@/utils/protocol/messages';
import { tellClientBy } from '@/utils/rules/room-actions';
import type { Thread } from '@/utils/model/types';
import { TimeText } from './clock';

const when = (at: number) => localDate(at, 'day-time');

export function DeadlineList({ threads, send }: { threads: Thread[]; send: (c: UserCommand) => void }) {
  const now = Date.now();
  const withDeadline = threads.filter((d) => d.deadline && d.deadline > now).sort((a, b) => a.deadline! - b.deadline!);
  return (
    <section aria-labelledby="deadlines-head" class="deadlines">
      <h2 id="deadlines-head">{t('deadlines')}</h2>
      {withDeadline.length > 0 && (
        <ul>
          {withDeadline.map((d) => {
            const [by, due] = [tellClientBy(d.deadline!), d.deadline!];
            const [byText, dueText] = [when(by), when(due)];
            return (
              <li key={d.roomId} data-room-id={d.roomId} data-deadline={d.deadline}>
                <span class="room-name">{d.name || t('unnamedRoom')}</span>
                <span class="deadline-left">
                  <TimeText
                    of={(now) =>
                      by > now ? t('tellBy', byText, compactDuration(by - now), dueText) : t('tellNow', compactDuration(due - now), dueText)
                    }
                  />
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
    </section>
  );
}
