// The page marks follow the same rule inputs as the badge and the popup, and say what the popup says.
import { describe, expect, it } from 'vitest';
import { MARK, MARK_LABEL, MARK_SHORT, MARK_SNOOZED, MARK_UNDECIDED, markRow } from '@/entrypoints/upwork.content/marks';
import { HOUR, MINUTE } from '@/utils/model/time';
import type { MarkedRoom } from '@/utils/protocol/messages';
import { replyStatus, WINDOWS } from '@/utils/rules/reply-windows';
import { DEFAULT_SETTINGS, windowLengths } from '@/utils/rules/settings';
import { statusText } from '@/utils/text/format';

const ROOM = 'room_' + 'b'.repeat(32);
const NOW = Date.UTC(2026, 10, 20, 12);

function row(): Element {
  const a = document.createElement('a');
  a.setAttribute('href', `/ab/messages/rooms/${ROOM}`);
  return a;
}
const waiting = (ms: number, more: Partial<MarkedRoom> = {}): MarkedRoom => ({
  roomId: ROOM,
  waitingSince: NOW - ms,
  exact: true,
  contract: 'unknown',
  snoozedUntil: null,
  ...more,
});

describe('page marks', () => {
  it('use the user’s window lengths: 90 minutes is late with a 1-hour best-practice window', () => {
    const lengths = windowLengths({ ...DEFAULT_SETTINGS, bestPracticeHours: 1 });
    const el = row();
    markRow(el, waiting(90 * MINUTE), lengths, NOW);
    expect(el.getAttribute(MARK)).toBe('late');
    // The popup and the badge compute the same state from the same inputs.
    expect(replyStatus(NOW - 90 * MINUTE, 'unknown', NOW, lengths).state).toBe('late');
  });
  it('with the default lengths the same wait is on time', () => {
    const el = row();
    markRow(el, waiting(90 * MINUTE), WINDOWS, NOW);
    expect(el.getAttribute(MARK)).toBe('on-time');
  });
  it('clear the mark once the room no longer awaits', () => {
    const el = row();
    markRow(el, waiting(3 * HOUR), WINDOWS, NOW);
    markRow(el, undefined, WINDOWS, NOW);
    expect(el.hasAttribute(MARK)).toBe(false);
    expect(el.hasAttribute(MARK_LABEL)).toBe(false);
  });
});

describe('the mark’s words (issue 11: one language for time)', () => {
  it('count down the open window, as the popup does, not the time waited', () => {
    const el = row();
    markRow(el, waiting(22 * MINUTE), WINDOWS, NOW);
    expect(el.getAttribute(MARK_LABEL)).toBe('1 h 38 m left of the 2-hour window');
    const status = replyStatus(NOW - 22 * MINUTE, 'unknown', NOW, WINDOWS);
    expect(el.getAttribute(MARK_LABEL)).toBe(statusText(status, NOW, WINDOWS));
  });
  it('say how long ago the last window was missed', () => {
    const el = row();
    markRow(el, waiting(27 * HOUR), WINDOWS, NOW);
    expect(el.getAttribute(MARK_LABEL)).toBe('24-hour window missed 3 h ago');
  });
  it('use the user’s lengths in the words too', () => {
    const el = row();
    markRow(el, waiting(20 * MINUTE), windowLengths({ ...DEFAULT_SETTINGS, bestPracticeHours: 1 }), NOW);
    expect(el.getAttribute(MARK_LABEL)).toBe('40 m left of the 1-hour window');
  });
  it('carry ≈ when the start is a bound', () => {
    const el = row();
    markRow(el, waiting(3 * HOUR, { exact: false }), WINDOWS, NOW);
    expect(el.getAttribute(MARK_LABEL)).toBe('≈ 21 h left of the 24-hour window');
  });
  it('say snoozed, and are drawn muted, while the room is snoozed; not after', () => {
    const el = row();
    markRow(el, waiting(3 * HOUR, { snoozedUntil: NOW + HOUR }), WINDOWS, NOW);
    expect(el.getAttribute(MARK_LABEL)).toBe('snoozed · 21 h left of the 24-hour window');
    expect(el.hasAttribute(MARK_SNOOZED)).toBe(true);
    markRow(el, waiting(3 * HOUR, { snoozedUntil: NOW - 1 }), WINDOWS, NOW);
    expect(el.hasAttribute(MARK_SNOOZED)).toBe(false);
  });
});

describe('the mark’s short label (issue 21: a mark is a guest)', () => {
  const short = (ms: number, more: Partial<MarkedRoom> = {}) => {
    const el = row();
    markRow(el, waiting(ms, more), WINDOWS, NOW);
    return el;
  };
  it('is the time left in one unit, "Missed" or "7-day!", never longer than 7 characters', () => {
    expect(short(106 * MINUTE).getAttribute(MARK_SHORT)).toBe('14 m');
    expect(short(3 * HOUR).getAttribute(MARK_SHORT)).toBe('21 h');
    expect(short(27 * HOUR).getAttribute(MARK_SHORT)).toBe('Missed');
    expect(short(8 * 24 * HOUR, { contract: 'active' }).getAttribute(MARK_SHORT)).toBe('7-day!');
    // Rounded down: 1 h 59 m left is "1 h", never more than is left.
    expect(short(MINUTE).getAttribute(MARK_SHORT)).toBe('1 h');
  });
  it('puts the full sentence in the row’s tooltip, and leaves a title of Upwork’s own alone', () => {
    const el = short(3 * HOUR);
    expect(el.getAttribute('title')).toBe(el.getAttribute(MARK_LABEL));
    markRow(el, undefined, WINDOWS, NOW);
    expect(el.hasAttribute('title')).toBe(false);
    const theirs = row();
    theirs.setAttribute('title', 'Upwork’s');
    markRow(theirs, waiting(3 * HOUR), WINDOWS, NOW);
    expect(theirs.getAttribute('title')).toBe('Upwork’s');
    markRow(theirs, undefined, WINDOWS, NOW);
    expect(theirs.getAttribute('title')).toBe('Upwork’s');
  });
  it('an undecided room ("missed, or up to 21 h left") has its own look: "21 h?", dashed', () => {
    // The list gave a range: the client wrote between 25 h and 3 h ago, so the 24-hour window is missed or has up to 21 h.
    const el = short(25 * HOUR, { exact: false, waitingSinceLatest: NOW - 3 * HOUR });
    expect(el.getAttribute(MARK_SHORT)).toBe('21 h?');
    expect(el.getAttribute(MARK)).toBe('undecided');
    expect(el.getAttribute(MARK_LABEL)).toContain('missed, or up to 21 h');
    expect(el.hasAttribute(MARK_UNDECIDED)).toBe(true);
  });
});
