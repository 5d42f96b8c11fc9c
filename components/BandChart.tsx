// The last 90 days' replies counted in the bands of Upwork's tag: an SVG with its figures as a table.
// Drawn 1 SVG unit to 1 CSS pixel at full width, like the weekly chart, so labels stay smaller than the text.
import { t } from '@/utils/text/i18n';

const W = 640;

export function BucketChart({ buckets }: { buckets: { label: string; count: number }[] }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bh = 28;
  const h = bh * buckets.length;
  const label = t('chartByBand');
  return (
    <figure class="chart">
      <figcaption id="bucket-caption">{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby="bucket-caption" aria-describedby="bucket-table">
        {buckets.map((b, i) => (
          <g key={b.label}>
            <text x={0} y={i * bh + bh / 2 + 4} class="tick">
              {b.label}
            </text>
            <rect x={60} y={i * bh + 3} height={bh - 6} width={((W - 120) * b.count) / max} class="bar" data-count={b.count} />
            <text x={64 + ((W - 120) * b.count) / max} y={i * bh + bh / 2 + 4} class="tick">
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
