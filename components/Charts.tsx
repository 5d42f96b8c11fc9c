// The weekly median chart, an SVG with a text alternative: the figures as a table.
// Our own SVG rather than a chart library: a dozen bars do not need 40 kB.
// Drawn one SVG unit to one CSS pixel at full width, so labels (12 px) stay smaller than the text (14 px).
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { compactDuration } from '@/utils/text/format';
import { plural, t, uiLanguage } from '@/utils/text/i18n';
import { WINDOWS } from '@/utils/rules/reply-windows';
import { CHART_MIN_WEEKS, weeksWithReplies } from '@/utils/rules/stats-headline';
import { hourScale, hoursText, readableTicks } from './chart-scale';

// Here, not in utils/text/i18n.ts, which every page imports: the locales stay in the stats page's chunk
// (in the popup's shared chunk they cost 3 kB gzipped that the popup never used).
const dateLocale = () => (uiLanguage().toLowerCase().startsWith('es') ? es : enUS);

const W = 640;
const H = 200;

/** Room for the hour labels (left), the week labels (below) and the marks' labels (right). */
const LEFT = 48;
const RIGHT = 84;
const BOTTOM = 32;
/** Room above the plot for the hour axis's title, so it never sits on the top tick. */
const TOP = 30;
/** Upwork's two windows, marked across the plot: a weekly median is read against them. */
const MARKS = [WINDOWS['best-practice'], WINDOWS.expected];

export function WeeklyMedianChart({ weeks }: { weeks: { start: number; medianMs: number | null; replies: number }[] }) {
  const withReplies = weeksWithReplies(weeks);
  if (withReplies < CHART_MIN_WEEKS) {
    return (
      <p class="chart-waits" data-testid="weekly-waits">
        {plural('chartWaits', withReplies)}
      </p>
    );
  }
  // Up to 24 h at least, so both of Upwork's windows are always on the scale.
  const scale = hourScale(Math.max(WINDOWS.expected, ...weeks.map((w) => w.medianMs ?? 0)));
  const y = (ms: number) => H - BOTTOM - ((H - BOTTOM - TOP) * ms) / scale.top;
  const plotW = W - LEFT - RIGHT;
  const bw = plotW / weeks.length;
  const label = t('chartWeekly', weeks.length);
  const weekText = (w: (typeof weeks)[number]) =>
    t(
      'chartWeekOf',
      format(w.start, 'd MMM', { locale: dateLocale() }),
      w.medianMs === null ? t('chartNoReplies') : compactDuration(w.medianMs),
    );
  return (
    <figure class="chart">
      <figcaption id="weekly-caption">{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="weekly-caption" aria-describedby="weekly-table">
        {/* The tag's bands behind the bars, each named on hover. */}
        {scale.bands.map((band, i) => (
          <rect
            key={band.label}
            x={LEFT}
            y={y(band.to)}
            width={plotW}
            height={y(band.from) - y(band.to)}
            class={`band band-${i}`}
            data-band={band.label}
          >
            <title>{t('chartBandName', band.label)}</title>
          </rect>
        ))}
        {readableTicks(scale.ticks, (ms) => -y(ms), 14).map((tick) => (
          <text key={tick} x={LEFT - 4} y={y(tick) + 3} class="tick" text-anchor="end" data-tick={hoursText(tick)}>
            {hoursText(tick)}
          </text>
        ))}
        <text x={LEFT - 6} y={13} class="tick axis-title" text-anchor="end">
          {t('chartAxisHours')}
        </text>
        <line x1={LEFT} y1={H - BOTTOM} x2={W - RIGHT} y2={H - BOTTOM} class="axis" />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={H - BOTTOM} class="axis" />
        {weeks.map((w, i) => {
          const h = w.medianMs === null ? 0 : Math.max(2, y(0) - y(w.medianMs));
          return (
            <g key={w.start}>
              <rect x={LEFT + i * bw + 2} y={H - BOTTOM - h} width={bw - 4} height={h} class="bar" data-median-ms={w.medianMs ?? ''}>
                <title>{weekText(w)}</title>
              </rect>
              {/* Every third week's start date, so the labels do not collide. */}
              {/* Under its bar; the last one ends at the edge rather than past it. */}
              {i % 3 === 0 && (
                <text
                  x={i === weeks.length - 1 ? W - RIGHT : LEFT + i * bw + 2}
                  y={H - BOTTOM + 14}
                  class="tick"
                  text-anchor={i === weeks.length - 1 ? 'end' : 'start'}
                  data-week-label
                >
                  {format(w.start, 'd MMM', { locale: dateLocale() })}
                </text>
              )}
            </g>
          );
        })}
        {MARKS.map((ms) => (
          <g key={ms} class="mark" data-mark={hoursText(ms)}>
            <line x1={LEFT} y1={y(ms)} x2={W - RIGHT} y2={y(ms)} />
            <text x={W - RIGHT + 6} y={y(ms) + 4}>
              {t('chartMark', hoursText(ms))}
            </text>
          </g>
        ))}
        <text x={W - RIGHT} y={H - 2} class="tick axis-title" text-anchor="end">
          {t('chartAxisWeek')}
        </text>
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
