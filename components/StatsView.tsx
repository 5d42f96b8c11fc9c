// The freelancer's own response figures: a status line, three figures for 7, 30 or 90 days, Upwork's tag, and two charts.
import { compactDuration } from '@/utils/text/format';
import { plural, t } from '@/utils/text/i18n';
import { bucketCounts, TAG_OCCASIONS, tagForecast, weeklyMedians } from '@/utils/rules/stats';
import type { LogEntry } from '@/utils/model/types';
import { WeeklyMedianChart } from './Charts';
import { BucketChart } from './BandChart';
import { MissesList } from './MissesList';
import { StatsHeadline } from './StatsHeadline';
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
  // The headline figures are every reply; the tag, its outlook and the charts drawn in its bands are what Upwork counts.
  const tag = tagForecast(counted.log, now);
  const outlook = tagOutlook(counted.log, counted.waitingSince, now);
  return (
    <>
      {/* The headline: where the 90-day average puts the tag, whether it is at risk, and what would move it. */}
      <p class="stats-status" data-testid="stats-status" data-at-risk={String(outlook?.kind === 'waiting-would-move')}>
        {tag.averageMs === null ? (
          t('tagNoneCounted90d')
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
      <StatsHeadline log={log} now={now} />
      <section class="tag" data-bucket={tag.bucket ?? ''} data-qualifies={String(tag.qualifies)}>
        <h2>{t('tagTitle')}</h2>
        {/* The average, its band and what would move it are said once, in the status line above. */}
        <p>
          {tag.qualifies ? t('tagQualifies') : t('tagNotYet90d', TAG_OCCASIONS, tag.occasions)} {t('tagWeekly')}
        </p>
        <p data-testid="answered-share">{t('tagAnswered', pct(answeredShare(counted.log, counted.waitingSince, now)))}</p>
        {directRooms}
      </section>
      <MissesList rows={misses} />
      <WeeklyMedianChart weeks={weeklyMedians(counted.log, now)} />
      <BucketChart buckets={bucketCounts(counted.log, now)} />
    </>
  );
}
