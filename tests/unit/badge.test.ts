import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, badgeView, STALE_COLOR } from '@/utils/badge';
import { awaitingRooms, HOUR } from '@/utils/reply-windows';
import { emptyThread } from '@/utils/threads';
import type { Thread } from '@/utils/types';

const NOW = Date.UTC(2026, 10, 20, 12);
const waiting = (id: string, hours: number): Thread => ({
  ...emptyThread(id, NOW),
  last: { by: 'client', at: { earliest: NOW - hours * HOUR, latest: NOW - hours * HOUR }, seenAt: NOW },
  waitingSince: NOW - hours * HOUR,
  exact: true,
});

describe('the toolbar badge', () => {
  it('is blank when nothing is owed', () => {
    expect(badgeView([], 'ok').text).toBe('');
  });
  it('counts rooms awaiting a reply, in the colour of the worst', () => {
    const v = badgeView(awaitingRooms([waiting('room_a', 1), waiting('room_b', 30), waiting('room_c', 3)], NOW), 'ok');
    expect(v).toMatchObject({ text: '3', color: BADGE_COLOR.overdue });
    expect(v.title).toContain('3 clients waiting');
  });
  it('never goes silent when it cannot see: a stale count carries "?"', () => {
    expect(badgeView(awaitingRooms([waiting('room_a', 1)], NOW), 'stale')).toMatchObject({ text: '1?', color: STALE_COLOR });
    expect(badgeView([], 'stale').text).toBe('?');
    expect(badgeView([], 'never').text).toBe('?');
  });
});
