// The freelancer's own response figures: 7, 30 and 90 days, Upwork's tag forecast, and two charts.
import { compactDuration } from '@/utils/text/format';
import { plural, t, type MessageKey } from '@/utils/text/i18n';
import { bucketCounts, periodStats, TAG_OCCASIONS, tagForecast, weeklyMedians } from '@/utils/rules/stats';
import type { LogEntry } from '@/utils/model/types';
import { BucketChart, WeeklyMedianChart } from './Charts';
import { MissesList } from './MissesList';
import { DirectRooms } from './DirectRooms';
import type { MissesRow } from '@/utils/rules/repeated-misses';
import { answeredShare, tagOutlook, type TagOutlook } from '@/utils/rules/tag-outlook';
import { forTag, type Wait } from '@/utils/rules/direct-messages';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

interface Props {
  log: LogEntry[];
  now: number;
  misses: MissesRow[];
  /** Each room now awaiting a reply, and since when. */
  waits: Wait[];
  /** Rooms tagged Direct Messages, with their names: left out of everything about Upwork's tag. */
  direct: ReadonlyMap<string, string | undefined>;
  countAgain: (roomId: string) => void;
}

const outlookText = (o: NonNullable<TagOutlook>) =>
  o.kind === 'waiting-would-move'
    ? plural('tagWaitingWouldMove', o.rooms, o.bucket)
    : plural('tagRepliesWouldLift', o.replies, compactDuration(o.under), o.bucket);

export function StatsView({ log, now, misses, waits, direct, countAgain }: Props) {
  const counted = forTag(log, waits, new Set(direct.keys()), now);
  // The tagged rooms, each with a way back: shown even before any reply (a tagged room may have ended without one).
  const directRooms = (
    <DirectRooms rooms={[...direct].map(([roomId, name]) => ({ roomId, name }))} leftOut={counted.leftOut} countAgain={countAgain} />
  );
  if (!log.some((e) => e.kind === 'reply')) {
    return (
      <section class="empty" data-state="no-replies">
        <p>{t('statsEmpty')}</p>
        <p>{t('statsEmptyMore')}</p>
        {directRooms}
      </section>
    );
  }
  const periods = [7, 30, 90].map((d) => periodStats(log, d, now));
  // The table is every reply; the tag, its outlook and the charts drawn in its bands are what Upwork counts.
  const tag = tagForecast(counted.log, now);
  const outlook = tagOutlook(counted.log, counted.waitingSince, now);
  const approx = (a: boolean) => (a ? '≈ ' : '');
  const figures: [string, MessageKey, (p: (typeof periods)[number]) => string][] = [
    ['replies', 'statsReplies', (p) => String(p.replies)],
    ['median', 'statsMedian', (p) => (p.medianMs === null ? '–' : approx(p.approximate) + compactDuration(p.medianMs))],
    ['average', 'statsAverage', (p) => (p.averageMs === null ? '–' : approx(p.approximate) + compactDuration(p.averageMs))],
    ['within-2h', 'statsWithin2h', (p) => pct(p.within2h)],
    ['within-24h', 'statsWithin24h', (p) => pct(p.within24h)],
    ['misses-24h', 'statsMisses', (p) => String(p.missed24h)],
    ['breaches-7d', 'statsBreaches', (p) => String(p.breached7d)],
    ['no-reply-needed', 'statsNoReply', (p) => String(p.noReplyNeeded)],
  ];
  return (
    <>
      {/* The headline: where the 90-day average puts the tag, whether it is at risk, and what would move it. */}
      <p class="stats-status" data-testid="stats-status" data-at-risk={String(outlook?.kind === 'waiting-would-move')}>
        {tag.averageMs === null ? (
          t('tagNoneCounted')
        ) : (
          <>
            <strong>{t('statsStatus', tag.bucket ?? '–', compactDuration(tag.averageMs))}</strong>{' '}
            {outlook?.kind === 'waiting-would-move' ? (
              <>
                <strong class="at-risk">{t('statsAtRisk')}</strong> {outlookText(outlook)}
              </>
            ) : (
              <>
                {t('statsNotAtRisk')} {outlook && outlookText(outlook)}
              </>
            )}
          </>
        )}
      </p>
      <table class="stats">
        <caption>
          {t('statsCaption')}
          {periods.some((p) => p.approximate) ? ` ${t('statsApprox')}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col"></th>
            {periods.map((p) => (
              <th scope="col" key={p.days}>
                {t('statsLastDays', p.days)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.map(([id, label, cell]) => (
            <tr key={id}>
              <th scope="row">{t(label)}</th>
              {periods.map((p) => (
                <td key={p.days} data-period={p.days} data-figure={id}>
                  {cell(p)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section class="tag" data-bucket={tag.bucket ?? ''} data-qualifies={String(tag.qualifies)}>
        <h2>{t('tagTitle')}</h2>
        <p>
          {tag.averageMs === null ? t('tagNoneCounted') : t('tagAverage', compactDuration(tag.averageMs), tag.bucket ?? '–')}{' '}
          {tag.qualifies ? t('tagQualifies') : t('tagNotYet', TAG_OCCASIONS, tag.occasions)} {t('tagWeekly')}
        </p>
        <p data-testid="answered-share">{t('tagAnswered', pct(answeredShare(counted.log, counted.waitingSince, now)))}</p>
        {directRooms}
        {outlook && (
          <p data-testid="tag-outlook" data-kind={outlook.kind}>
            {outlookText(outlook)}
          </p>
        )}
      </section>
      <MissesList rows={misses} />
      <WeeklyMedianChart weeks={weeklyMedians(counted.log, now)} />
      <BucketChart buckets={bucketCounts(counted.log, now)} />
    </>
  );
}
