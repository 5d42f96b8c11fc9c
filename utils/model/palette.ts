// The state colours, in one place: the page marks (marks.css), the popup (popup.css) and the
// badge use these values, and tests/unit/palette.test.ts checks the stylesheets against them.
// Invariant: every state is told twice, by a shape or word and by colour, and the fills of
// the four states differ in lightness as well as in hue, so they stay apart without colour
// vision (no fill is Upwork's brand green, #14a800 / #108a00).
import type { ReplyState } from './types';

/** How a mark or badge is drawn: its fill, the text on it, and its edge (the shape cue). */
export interface Swatch {
  fill: string;
  text: string;
  /** The outline colour; the shape (outline, filled, square) is in marks.css. */
  edge: string;
}

/** Light page: on time is outlined (the page shows through), then ever darker fills: late, missed, 7-day. */
export const LIGHT: Record<ReplyState, Swatch> = {
  'on-time': { fill: '#ffffff', text: '#1a56a8', edge: '#1a56a8' },
  late: { fill: '#f7c04a', text: '#2b1d00', edge: '#9a6400' },
  overdue: { fill: '#a3192b', text: '#ffffff', edge: '#a3192b' },
  breach: { fill: '#2e1050', text: '#ffffff', edge: '#2e1050' },
};

/** Dark page: outlined on time, then ever lighter fills, so each step away from the page is a step in urgency. */
export const DARK: Record<ReplyState, Swatch> = {
  'on-time': { fill: '#1b1c1f', text: '#8cb8ff', edge: '#8cb8ff' },
  late: { fill: '#c27d0e', text: '#1b1000', edge: '#c27d0e' },
  overdue: { fill: '#ffc2c2', text: '#3a0008', edge: '#ffc2c2' },
  breach: { fill: '#f5eeff', text: '#2e1050', edge: '#f5eeff' },
};

/** Undecided ("missed, or up to 23 h left"): dashed, neither the open nor the missed look. */
export const UNDECIDED: Swatch = { fill: '#ffffff', text: '#4a4f57', edge: '#4a4f57' };
export const UNDECIDED_DARK: Swatch = { fill: '#1b1c1f', text: '#c9ced6', edge: '#c9ced6' };
/** Snoozed: muted grey, dotted, so it does not call for attention. */
export const SNOOZED: Swatch = { fill: '#ffffff', text: '#616161', edge: '#8a8a8a' };
export const SNOOZED_DARK: Swatch = { fill: '#1b1c1f', text: '#a8a8a8', edge: '#7a7a7a' };

/** Upwork's own greens, which no state may use. */
export const UPWORK_GREENS = ['#14a800', '#108a00', '#1d4354'];

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The toolbar badge: a filled square, so each state is a fill, lighter or darker than the next; its text on it. */
export const BADGE: Record<ReplyState, { fill: string; text: string }> = {
  'on-time': { fill: '#2f6fd6', text: '#ffffff' },
  late: { fill: '#f7c04a', text: '#2b1d00' },
  overdue: { fill: '#a3192b', text: '#ffffff' },
  breach: { fill: '#2e1050', text: '#ffffff' },
};
