// Next to Upwork's responsiveness tag (the 90-day average, in bands): the share
// of client messages answered at all, and what would move the tag. Pure.
import type { LogEntry } from '@/utils/model/types';
import { responseMs, TAG_BUCKETS, TAG_PERIOD, tagBucket } from './stats';

/** Replies ÷ (replies + rooms now waiting), over 90 days; null with neither. */
export function answeredShare(log: readonly LogEntry[], waitingSince: readonly number[], now: number): number | null {
  const replies = log.filter((e) => e.kind === 'reply' && e.replyAt > now - TAG_PERIOD && e.replyAt <= now).length;
  const waiting = waitingSince.filter((s) => s <= now).length;
  return replies + waiting ? replies / (replies + waiting) : null;
}

export type TagOutlook =
  /** The rooms now waiting, answered now, would put the average in a worse band. */
  | { kind: 'waiting-would-move'; rooms: number; bucket: string }
  /** At least `replies` more replies under the band's lower edge bring the average into the band below. */
  | { kind: 'replies-would-lift'; replies: number; under: number; bucket: string }
  | null;

/** What would move the tag: first the rooms now waiting (a risk), else how far the next band up is. */
export function tagOutlook(log: readonly LogEntry[], waitingSince: readonly number[], now: number): TagOutlook {
  const times = log.filter((e) => e.kind === 'reply' && e.replyAt > now - TAG_PERIOD && e.replyAt <= now).map(responseMs);
  if (!times.length) return null;
  const sum = times.reduce((a, b) => a + b, 0);
  const bucket = tagBucket(sum / times.length);
  const waits = waitingSince.filter((s) => s <= now).map((s) => now - s);
  if (waits.length) {
    const after = tagBucket((sum + waits.reduce((a, b) => a + b, 0)) / (times.length + waits.length));
    if (after !== bucket) return { kind: 'waiting-would-move', rooms: waits.length, bucket: after };
  }
  const i = TAG_BUCKETS.findIndex((b) => b.label === bucket);
  if (i === 0) return null;
  // The fewest replies that could do it: each as fast as can be (so "at least").
  const lower = TAG_BUCKETS[i - 1].max;
  const replies = Math.floor(sum / lower - times.length) + 1;
  return { kind: 'replies-would-lift', replies: Math.max(1, replies), under: lower, bucket: TAG_BUCKETS[i - 1].label };
}
