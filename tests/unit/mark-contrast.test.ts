// The page marks must stay legible on Upwork's light theme: white label text on
// each state colour meets WCAG AA for small text (4.5:1), and so does each colour on white.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOR } from '@/utils/rules/badge';

const css = readFileSync('entrypoints/upwork.content/marks.css', 'utf8');
const colours = Object.fromEntries(
  [...css.matchAll(/\[data-reply-window='([\w-]+)'\]\s*\{\s*--reply-window-color:\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
);

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('page marks and badge colours', () => {
  it('define a colour for every state, and for an undecided room', () =>
    expect(Object.keys(colours).sort()).toEqual(['breach', 'late', 'on-time', 'overdue', 'undecided']));
  it.each(Object.keys(BADGE_COLOR))('%s: white text on it, and it on white, reach 4.5:1', (state) => {
    expect(contrast(colours[state], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(BADGE_COLOR[state as keyof typeof BADGE_COLOR], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it('undecided: white text on it, and it on white, reach 4.5:1', () =>
    expect(contrast(colours.undecided, '#ffffff')).toBeGreaterThanOrEqual(4.5));
  it('a snoozed mark is muted grey, still legible (4.5:1 on white)', () => {
    const grey = css.match(/\[data-reply-window-snoozed\]\s*\{\s*--reply-window-color:\s*(#[0-9a-f]{6})/i)?.[1];
    expect(grey).toBeDefined();
    expect(contrast(grey!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
