// Properties of reading text part by part, for any input (fast-check).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dateText } from '../demo/upwork-time-text.js';
import { readTimeCell } from '@/utils/upwork/invitation-cell';
import { textParts } from '@/utils/upwork/text-parts';

const NOW = new Date(2026, 10, 20, 15, 0).getTime(); // Friday 20 Nov 2026, 3 PM, New York
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
type Count = 'floor' | 'round' | 'calendar';

const startOfDay = (t: number) => new Date(new Date(t).getFullYear(), new Date(t).getMonth(), new Date(t).getDate()).getTime();
const calendarDays = (t: number) => Math.round((startOfDay(NOW) - startOfDay(t)) / DAY);
const n = (x: number, how: Count) => (how === 'round' ? Math.round(x) : Math.floor(x));
const unit = (count: number, one: string, name: string) => (count === 1 ? `${one} ${name} ago` : `${count} ${name}s ago`);

/** How a page might say how long ago `t` was: counted down (floor), rounded, or in calendar days. */
function relative(t: number, how: Count): string {
  const ago = NOW - t;
  if (ago < HOUR) return unit(Math.max(1, n(ago / MIN, how)), 'a', 'minute');
  if (calendarDays(t) === 0 || ago < DAY) return unit(Math.max(1, n(ago / HOUR, how)), 'an', 'hour');
  const days = how === 'calendar' ? calendarDays(t) : Math.max(1, n(ago / DAY, how));
  if (days === 1 && how === 'calendar') return 'yesterday';
  if (days < 7) return unit(days, 'a', 'day');
  return unit(Math.max(1, n(days / 7, how === 'calendar' ? 'floor' : how)), 'a', 'week');
}

describe('an invitation time cell in three parts', () => {
  test.prop([fc.integer({ min: MIN, max: 27 * DAY }), fc.constantFrom<Count>('floor', 'round', 'calendar')])(
    'the label, the date and any honest relative time never contradict each other, and the range holds the real time',
    (ago, how) => {
      const at = NOW - ago;
      const cell = ['Received', dateText(new Date(at)), relative(at, how)];
      const range = readTimeCell(cell, NOW);
      expect(range, cell.join(' / ')).not.toBeNull();
      expect(range).not.toBe('future');
      const { earliest, latest } = range as { earliest: number; latest: number };
      expect(earliest).toBeLessThanOrEqual(at);
      expect(latest).toBeGreaterThanOrEqual(at);
    },
  );
});

describe('textParts', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9,:.]{1,12}( [A-Za-z0-9,:.]{1,12})?$/);
  test.prop([fc.array(word, { minLength: 1, maxLength: 6 })])(
    'sibling elements rendered with no space are read as the parts a person sees',
    (words) => {
      const doc = new DOMParser().parseFromString('<div id="cell"></div>', 'text/html');
      const cell = doc.getElementById('cell')!;
      for (const w of words) cell.appendChild(doc.createElement('span')).textContent = w;
      expect(textParts(cell)).toEqual(words);
    },
  );
});
