// The page marks follow the same rule inputs as the badge and the popup.
import { describe, expect, it } from 'vitest';
import { applyMarks, MARK } from '@/entrypoints/upwork.content/marks';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { MarkedRoom } from '@/utils/protocol/messages';
import { replyStatus, WINDOWS } from '@/utils/rules/reply-windows';
import { DEFAULT_SETTINGS, windowLengths } from '@/utils/rules/settings';

const ROOM = 'room_' + 'b'.repeat(32);
const NOW = Date.UTC(2026, 10, 20, 12);

function row(): Element {
  const a = document.createElement('a');
  a.setAttribute('href', `/ab/messages/rooms/${ROOM}`);
  return a;
}
const waiting = (ms: number): Map<string, MarkedRoom> =>
  new Map([[ROOM, { roomId: ROOM, waitingSince: NOW - ms, exact: true, contract: 'unknown', snoozedUntil: null }]]);

describe('page marks', () => {
  it('use the user’s window lengths: 90 minutes is late with a 1-hour best-practice window', () => {
    const lengths = windowLengths({ ...DEFAULT_SETTINGS, bestPracticeHours: 1 });
    const el = row();
    applyMarks([el], waiting(90 * MINUTE), lengths, NOW);
    expect(el.getAttribute(MARK)).toBe('late');
    // The popup and the badge compute the same state from the same inputs.
    expect(replyStatus(NOW - 90 * MINUTE, 'unknown', NOW, lengths).state).toBe('late');
  });
  it('with the default lengths the same wait is on time', () => {
    const el = row();
    applyMarks([el], waiting(90 * MINUTE), WINDOWS, NOW);
    expect(el.getAttribute(MARK)).toBe('on-time');
  });
  it('clear the mark once the room no longer awaits', () => {
    const el = row();
    applyMarks([el], waiting(3 * HOUR), WINDOWS, NOW);
    applyMarks([el], new Map(), WINDOWS, NOW);
    expect(el.hasAttribute(MARK)).toBe(false);
  });
});
