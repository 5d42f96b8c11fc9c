// What a warning says: its title and its lines. Pure but for the message catalogue.
import type { WindowLengths } from '@/utils/model/types';
import { compactDuration, windowLabel } from '@/utils/text/format';
import { t as i18n } from '@/utils/text/i18n';
import type { Threshold } from './threshold';

/** The 7-day warning of a room that already missed the policy in 90 days says which miss this one would be. */
const withRepeat = (t: Threshold, misses: ReadonlyMap<string, number>) => {
  const before = t.window === 'policy' ? (misses.get(t.roomId) ?? 0) : 0;
  return before ? ` ${i18n('noticeRepeatMiss', before + 1)}` : '';
};

/** A line about a window whose start is known only to a range says the time is uncertain. */
const maybeUncertain = (t: Threshold, text: string) => (t.uncertain ? i18n('noticeUncertainLine', text) : text);

/** The words of the notices planned at `now`; `clock` gives local clock text, `misses` the 7-day misses by room. */
export function noticeWords(lengths: WindowLengths, clock: (t: number) => string, now: number, misses: ReadonlyMap<string, number>) {
  const what = (t: Threshold) =>
    t.window === 'deadline'
      ? i18n('noticeDeadlineWhat')
      : t.window === 'maybe-policy'
        ? i18n('noticeMaybePolicyWhat')
        : i18n('noticeWindowWhat', t.agreed ?? windowLabel(t.window, lengths));
  const bare = (t: Threshold) =>
    t.window === 'deadline'
      ? i18n('noticeDeadlineLine', t.name, clock(t.deadline))
      : t.window === 'maybe-policy'
        ? i18n('noticeMaybePolicy', t.name, compactDuration(t.deadline - now))
        : i18n('noticeCloses', t.name, what(t), clock(t.deadline)) + withRepeat(t, misses);
  return {
    /** A warning's line, as it comes on time or in the digest. */
    line: (t: Threshold) => maybeUncertain(t, bare(t)),
    /** A catch-up line: the window closed, or closes, at its time. */
    staleLine: (t: Threshold) =>
      maybeUncertain(
        t,
        i18n(t.deadline <= now ? 'noticeClosed' : 'noticeCloses', t.name, what(t), clock(t.deadline)) + withRepeat(t, misses),
      ),
    /** The title of a single warning. */
    title: (t: Threshold) =>
      t.window === 'deadline'
        ? i18n('noticeDeadlineTitle', t.name)
        : t.window === 'maybe-policy'
          ? i18n('noticeMaybePolicyTitle', t.name)
          : i18n('noticeReplyBy', t.name, clock(t.deadline)),
  };
}
