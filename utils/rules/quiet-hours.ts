// Quiet hours: a local time range that may cross midnight ("22:00" to "08:00").
// Periods are built from local dates, so they stay right across daylight saving.

export interface Period {
  start: number;
  end: number;
}

/** `hhmm` local time on the day of `day` plus `plusDays`, built from the local date (right across daylight saving). */
export function localTime(day: Date, hhmm: string, plusDays = 0): number {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + plusDays, h, m).getTime();
}

/** The quiet periods that start on the days around `now`, oldest first. */
export function quietPeriods(start: string, end: string, now: number): Period[] {
  const crosses = end <= start;
  const today = new Date(now);
  const out: Period[] = [];
  for (const d of [-2, -1, 0, 1, 2]) {
    const s = localTime(today, start, d);
    out.push({ start: s, end: localTime(today, end, d + (crosses ? 1 : 0)) });
  }
  return out;
}

export function quietNow(q: { enabled: boolean; start: string; end: string }, now: number): Period | null {
  if (!q.enabled) return null;
  return quietPeriods(q.start, q.end, now).find((p) => p.start <= now && now < p.end) ?? null;
}

export function nextQuiet(q: { enabled: boolean; start: string; end: string }, now: number): Period | null {
  if (!q.enabled) return null;
  return quietPeriods(q.start, q.end, now).find((p) => p.start > now) ?? null;
}

/** The most recent quiet period that has ended. */
export function lastQuiet(q: { enabled: boolean; start: string; end: string }, now: number): Period | null {
  if (!q.enabled) return null;
  const ended = quietPeriods(q.start, q.end, now).filter((p) => p.end <= now);
  return ended[ended.length - 1] ?? null;
}
