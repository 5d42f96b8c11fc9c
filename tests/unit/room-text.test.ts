// What the popup's rows say about time, with the duration as its own piece (the popup keeps it on one
// line), and a room of unknown contract near 7 days saying what it would cost if it were on one.
import { describe, expect, it } from 'vitest';
import { around, ifOnContract, joinParts, rowTime, splitParts } from '@/components/room-text';
import { DAY, HOUR, MINUTE } from '@/utils/model/time';
import { replyStatus, WINDOWS } from '@/utils/rules/reply-windows';
import { h, render } from 'preact';
import { TimeLine } from '@/components/Duration';

const T0 = Date.UTC(2026, 10, 20, 15, 0);

describe('a duration is one piece of the text', () => {
  it('rendered, the duration and "24-hour" are each kept on one line, and the text reads the same', () => {
    const host = document.createElement('p');
    render(h(TimeLine, { parts: ['≈ ', '13 h 59 m', ' left of the 24-hour window'] }), host);
    expect(host.textContent).toBe('≈ 13 h 59 m left of the 24-hour window');
    expect([...host.querySelectorAll('.dur')].map((e) => e.textContent)).toEqual(['13 h 59 m', '24-hour']);
  });
  it('"24-hour window missed 7 d 11 h ago" has "7 d 11 h" whole', () => {
    const now = T0 + 8 * DAY + 11 * HOUR; // the 24-hour window closed 7 d 11 h ago
    expect(rowTime(replyStatus(T0, 'unknown', now), now, WINDOWS)).toEqual(['24-hour window missed ', '7 d 11 h', ' ago']);
  });

  it('a countdown has "1 h 12 m" whole', () => {
    const now = T0 + 48 * MINUTE;
    expect(rowTime(replyStatus(T0, 'unknown', now), now, WINDOWS)).toEqual(['', '1 h 12 m', ' left of the 2-hour window']);
  });

  it('the parts survive the clock (joined and split again) and read as the plain text', () => {
    const now = T0 + 3 * DAY;
    const parts = rowTime(replyStatus(T0, 'active', now), now, WINDOWS);
    expect(splitParts(joinParts(parts))).toEqual(parts);
    expect(parts.join('')).toBe('4 d left of the 7-day window');
  });

  it('a text without the duration is kept whole rather than lost', () => {
    expect(around('nothing to split', '3 h')).toEqual(['nothing to split', '', '']);
  });
});

describe('unknown contract near 7 days', () => {
  it('says when the 7-day window would close', () => {
    expect(ifOnContract(T0 + 7 * DAY, T0 + 6 * DAY + 2 * HOUR + 30 * MINUTE).join('')).toBe(
      "If on a contract: Upwork's 7-day window closes in 21 h 30 m",
    );
    expect(ifOnContract(T0 + 7 * DAY, T0 + 6 * DAY + 2 * HOUR + 30 * MINUTE)[1]).toBe('21 h 30 m');
  });
});
