// The stats' three headline figures (median, within 2 h, 24-hour misses) with a 7 / 30 / 90-day switch.
// The switch is a radio group of buttons (one tab stop, arrow keys move and choose); the choice is
// remembered in this page's localStorage: a view preference, not data, so it stays out of settings and sync.
import { useRef, useState } from 'preact/hooks';
import { compactDuration } from '@/utils/text/format';
import { plural, t } from '@/utils/text/i18n';
import { headline, nextPeriod, periodFrom, STATS_PERIODS, type StatsPeriod } from '@/utils/rules/stats-headline';
import type { LogEntry } from '@/utils/model/types';

const KEY = 'reply-window:stats-period';
const stored = () => {
  try {
    return periodFrom(localStorage.getItem(KEY));
  } catch {
    return periodFrom(null); // storage refused: the default, every time
  }
};

export function StatsHeadline({ log, now }: { log: LogEntry[]; now: number }) {
  const [days, setDays] = useState<StatsPeriod>(stored);
  const group = useRef<HTMLDivElement>(null);
  const choose = (d: StatsPeriod, focus = false) => {
    setDays(d);
    try {
      localStorage.setItem(KEY, String(d));
    } catch {
      /* not remembered; still shown */
    }
    if (focus) group.current?.querySelector<HTMLButtonElement>(`[data-days="${d}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key] as 1 | -1 | undefined;
    if (!step) return;
    e.preventDefault();
    choose(nextPeriod(days, step), true);
  };
  const h = headline(log, days, now);
  const approx = h.approximate ? '≈ ' : '';
  const figures = [
    ['median', t('statsHeadMedian'), h.medianMs === null ? '–' : approx + compactDuration(h.medianMs)],
    ['within-2h', t('statsHeadWithin2h'), h.within2h === null ? '–' : `${Math.round(h.within2h * 100)}%`],
    ['missed-24h', t('statsHeadMissed24h'), String(h.missed24h)],
  ] as const;
  return (
    <section class="headline" data-testid="stats-headline" data-period={days}>
      <div class="period-switch" role="radiogroup" aria-label={t('statsPeriodLabel')} ref={group} onKeyDown={onKey}>
        {STATS_PERIODS.map((d) => (
          <button
            key={d}
            type="button"
            role="radio"
            data-days={d}
            aria-checked={d === days}
            tabIndex={d === days ? 0 : -1}
            onClick={() => choose(d)}
          >
            {t('statsPeriodDays', d)}
          </button>
        ))}
      </div>
      <dl class="figures">
        {figures.map(([id, label, value]) => (
          <div key={id} class="figure">
            <dt>{label}</dt>
            <dd data-figure={id} data-period={days}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p class="basis" data-figure="replies" data-period={days} data-replies={h.replies}>
        {h.replies ? plural('statsHeadBasis', h.replies, days) : t('statsHeadNone', days)}
        {h.approximate ? ` ${t('statsApprox')}` : ''}
      </p>
    </section>
  );
}
