// Stats: each client (room) whose reply missed Upwork's 7-day rule in the last 90 days. Upwork
// escalates repeated misses, so the second one with a client is flagged.
import { t, plural } from '@/utils/text/i18n';
import type { MissesRow } from '@/utils/rules/repeated-misses';

export function MissesList({ rows }: { rows: MissesRow[] }) {
  return (
    <section class="misses" data-testid="misses">
      <h2>{t('statsMissed7dTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('statsMissed7dNone')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.roomId} data-room-id={r.roomId} data-misses={r.misses} class={r.misses > 1 ? 'repeated' : undefined}>
              {plural('statsMissed7dRow', r.misses, r.name ?? t('aClient'))}
              {r.misses > 1 ? ` ${t('statsMissesRepeated')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
