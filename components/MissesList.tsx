// Stats: each client (room) with 7-day misses in the last 90 days. Upwork
// escalates repeated misses, so the second one with a client is flagged.
import { t, plural } from '@/utils/text/i18n';
import type { MissesRow } from '@/utils/rules/repeated-misses';

export function MissesList({ rows }: { rows: MissesRow[] }) {
  return (
    <section class="misses" data-testid="misses">
      <h2>{t('statsMissesTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('statsMissesNone')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.roomId} data-room-id={r.roomId} data-misses={r.misses} class={r.misses > 1 ? 'repeated' : undefined}>
              {plural('statsMissesRow', r.misses, r.name ?? t('aClient'))}
              {r.misses > 1 ? ` ${t('statsMissesRepeated')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
