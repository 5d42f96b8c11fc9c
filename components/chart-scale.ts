// The weekly chart's hour scale: its top is the first band edge of Upwork's tag
// above the highest bar (whole days past 24 h), so the bands read at a glance.
import { DAY, HOUR } from '@/utils/model/time';
import { TAG_BUCKETS } from '@/utils/rules/stats';

export interface HourScale {
  /** The scale's top, in ms. */
  top: number;
  /** Labelled ticks, in ms: the band edges up to the top. */
  ticks: number[];
  /** The tag's bands within the scale. */
  bands: { label: string; from: number; to: number }[];
}

export function hourScale(maxMs: number): HourScale {
  const edges = TAG_BUCKETS.map((b) => b.max).filter((m) => Number.isFinite(m));
  const top = edges.find((e) => e >= maxMs) ?? Math.ceil(maxMs / DAY) * DAY;
  const ticks = [...edges.filter((e) => e <= top), ...(top > edges[edges.length - 1] ? [top] : [])];
  const bands = TAG_BUCKETS.map((b, i) => ({ label: b.label, from: i ? TAG_BUCKETS[i - 1].max : 0, to: Math.min(b.max, top) })).filter(
    (b) => b.from < top,
  );
  return { top, ticks, bands };
}

/** "4 h", "48 h": the axis is in hours. */
export const hoursText = (ms: number) => `${+(ms / HOUR).toFixed(1)} h`;

/**
 * The ticks that keep at least `gap` px between labels, the top one first (it says how far the
 * scale goes), so a tall scale does not print 4 h, 8 h and 12 h on top of one another.
 */
export function readableTicks(ticks: number[], px: (ms: number) => number, gap: number): number[] {
  const kept: number[] = [];
  for (const tick of [...ticks].sort((a, b) => b - a)) if (kept.every((k) => Math.abs(px(k) - px(tick)) >= gap)) kept.push(tick);
  return kept.sort((a, b) => a - b);
}
