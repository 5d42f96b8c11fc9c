// Issue 14, the responsiveness figure: the share answered at all, and what would move the tag.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '@/utils/model/time';
import type { LogEntry } from '@/utils/model/types';
import { answeredShare, tagOutlook } from '@/utils/rules/tag-outlook';

const NOW = Date.UTC(2026, 10, 20, 14, 0);
const reply = (i: number, waitedMs: number, kind: LogEntry['kind'] = 'reply'): LogEntry => {
  const clientAt = NOW - (i + 1) * DAY;
  return {
    id: `r${i}`,
    roomId: `room_${i}`,
    kind,
    clientAt,
    clientExact: true,
    replyAt: clientAt + waitedMs,
    replyExact: true,
    contract: false,
  };
};

describe('the share of client messages answered at all, over 90 days', () => {
  it('is replies ÷ (replies + rooms now waiting); a reply older than 90 days and a "no reply needed" do not count', () => {
    const log = [reply(1, HOUR), reply(2, HOUR), reply(3, HOUR), reply(100, HOUR), reply(4, HOUR, 'no-reply-needed')];
    expect(answeredShare(log, [NOW - HOUR], NOW)).toBe(3 / 4);
    expect(answeredShare([], [], NOW)).toBeNull();
  });
});

describe('what would move the tag', () => {
  it('warns that the rooms now waiting, answered now, would take the average to a worse band', () => {
    const log = [1, 2, 3, 4, 5].map((i) => reply(i, 3 * HOUR)); // average 3 h: 0-4 h
    expect(tagOutlook(log, [NOW - 10 * HOUR, NOW - 9 * HOUR], NOW)).toEqual({ kind: 'waiting-would-move', rooms: 2, bucket: '4-8 h' });
  });
  it('says how many quick replies at least would bring the average into the band below', () => {
    const log = [1, 2, 3, 4, 5].map((i) => reply(i, 6 * HOUR)); // sum 30 h, average 6 h: 4-8 h
    // 30 h / (5 + k) < 4 h  ⇔  k > 2.5: at least 3 replies.
    expect(tagOutlook(log, [], NOW)).toEqual({ kind: 'replies-would-lift', replies: 3, under: 4 * HOUR, bucket: '0-4 h' });
  });
  it('says nothing in the best band when the waiting rooms would not move it', () => {
    const log = [1, 2, 3, 4, 5].map((i) => reply(i, HOUR));
    expect(tagOutlook(log, [NOW - HOUR], NOW)).toBeNull();
  });
});
