// Two small SVG charts, each with a text alternative: the figures as a table.
// Our own SVG rather than a chart library: a dozen bars do not need 40 kB.
import { format } from 'date-fns';
import { compactDuration } from '@/utils/text/format';
import { dateLocale, t } from '@/utils/text/i18n';

const W = 320;
const H = 120;
const PAD = 18;

export function WeeklyMedianChart({ weeks }: { weeks: { start: number; medianMs: number | null; replies: number }[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.medianMs ?? 0));
  const bw = (W - PAD) / weeks.length;
  const label = t('chartWeekly', weeks.length);
  return (
    <figure class="chart">
      <figcaption id="weekly-caption">{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="weekly-caption" aria-describedby="weekly-table">
        <line x1={PAD} y1={H - PAD} x2={W} y2={H - PAD} class="axis" />
        {weeks.map((w, i) => {
          const h = w.medianMs === null ? 0 : Math.max(2, ((H - 2 * PAD) * w.medianMs) / max);
          return (
            <rect
              key={w.start}
              x={PAD + i * bw + 2}
              y={H - PAD - h}
              width={bw - 4}
              height={h}
              class="bar"
              data-median-ms={w.medianMs ?? ''}
            >
              <title>
                {t(
                  'chartWeekOf',
                  format(w.start, 'd MMM', { locale: dateLocale() }),
                  w.medianMs === null ? t('chartNoReplies') : compactDuration(w.medianMs),
                )}
              </title>
            </rect>
          );
        })}
      </svg>
      <table id="weekly-table" class="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartWeekCol')}</th>
            <th scope="col">{t('statsMedian')}</th>
            <th scope="col">{t('statsReplies')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <td>{format(w.start, 'd MMM yyyy', { locale: dateLocale() })}</td>
              <td>{w.medianMs === null ? t('chartNoReplies') : compactDuration(w.medianMs)}</td>
              <td>{w.replies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function BucketChart({ buckets }: { buckets: { label: string; count: number }[] }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bh = (H - 4) / buckets.length;
  const label = t('chartBuckets');
  return (
    <figure class="chart">
      <figcaption id="bucket-caption">{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="bucket-caption" aria-describedby="bucket-table">
        {buckets.map((b, i) => (
          <g key={b.label}>
            <text x={0} y={i * bh + bh / 2 + 4} class="tick">
              {b.label}
            </text>
            <rect x={60} y={i * bh + 3} height={bh - 6} width={((W - 90) * b.count) / max} class="bar" data-count={b.count} />
            <text x={64 + ((W - 90) * b.count) / max} y={i * bh + bh / 2 + 4} class="tick">
              {b.count}
            </text>
          </g>
        ))}
      </svg>
      <table id="bucket-table" class="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
