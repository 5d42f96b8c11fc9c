// The freelancer's own response figures: 7, 30 and 90 days, Upwork's tag forecast, and two charts.
import { compactDuration } from '@/utils/format';
import { bucketCounts, periodStats, TAG_OCCASIONS, tagForecast, weeklyMedians } from '@/utils/stats';
import type { LogEntry } from '@/utils/types';
import { BucketChart, WeeklyMedianChart } from './Charts';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

export function StatsView({ log, now }: { log: LogEntry[]; now: number }) {
  if (!log.some((e) => e.kind === 'reply')) {
    return (
      <section class="empty" data-state="no-replies">
        <p>No replies recorded yet.</p>
        <p>
          Each time you answer a client who was waiting, with Upwork Messages open, Reply Window notes how long the client waited (never
          what was said). Your figures appear here after your first reply.
        </p>
      </section>
    );
  }
  const periods = [7, 30, 90].map((d) => periodStats(log, d, now));
  const tag = tagForecast(log, now);
  const approx = (a: boolean) => (a ? '≈ ' : '');
  return (
    <>
      <table class="stats">
        <caption>Your response times{periods.some((p) => p.approximate) ? ' (≈: some times are known only approximately)' : ''}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            {periods.map((p) => (
              <th scope="col" key={p.days}>
                Last {p.days} days
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['Replies', (p) => String(p.replies)],
              ['Median', (p) => (p.medianMs === null ? '–' : approx(p.approximate) + compactDuration(p.medianMs))],
              ['Average', (p) => (p.averageMs === null ? '–' : approx(p.approximate) + compactDuration(p.averageMs))],
              ['Within 2 h', (p) => pct(p.within2h)],
              ['Within 24 h', (p) => pct(p.within24h)],
              ['24-hour misses', (p) => String(p.missed24h)],
              ['7-day breaches', (p) => String(p.breached7d)],
              ['No reply needed', (p) => String(p.noReplyNeeded)],
            ] as [string, (p: (typeof periods)[number]) => string][]
          ).map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {periods.map((p) => (
                <td key={p.days} data-period={p.days} data-figure={label}>
                  {cell(p)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section class="tag" data-bucket={tag.bucket ?? ''} data-qualifies={String(tag.qualifies)}>
        <h2>Upwork's responsiveness tag, forecast</h2>
        <p>
          Your 3-month average response time is <strong>{tag.averageMs === null ? '–' : compactDuration(tag.averageMs)}</strong>, in the{' '}
          <strong>{tag.bucket}</strong> bucket.{' '}
          {tag.qualifies
            ? 'You have replied often enough to qualify for the tag.'
            : `You qualify after replying on ${TAG_OCCASIONS} occasions; ${tag.occasions} so far in the past 3 months.`}{' '}
          Upwork updates the tag weekly; this is Reply Window's estimate from what it saw.
        </p>
      </section>
      <WeeklyMedianChart weeks={weeklyMedians(log, now)} />
      <BucketChart buckets={bucketCounts(log, now)} />
    </>
  );
}
