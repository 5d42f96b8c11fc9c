// "Every state is told twice, by a shape or word and by colour, and the fills of the four states
// differ in lightness as well as in hue" (utils/model/palette.ts). Checked here on the numbers,
// and in marks.css, which must draw exactly the palette's colours; the look under colour-blind
// emulation is in tests/e2e/palette-vision.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BADGE,
  contrast,
  DARK,
  LIGHT,
  SNOOZED,
  SNOOZED_DARK,
  UNDECIDED,
  UNDECIDED_DARK,
  UPWORK_GREENS,
  type Swatch,
} from '@/utils/model/palette';
import { STATE_ORDER } from '@/utils/rules/reply-windows';

const css = readFileSync('entrypoints/upwork.content/marks.css', 'utf8');
const [light, dark] = css.split('@media (prefers-color-scheme: dark)');

/** The swatch marks.css gives a selector, read from its custom properties. */
function drawn(block: string, selector: string): Swatch | undefined {
  const esc = selector.replace(/[[\]]/g, '\\$&');
  const m = new RegExp(`${esc}\\s*\\{([^}]*)\\}`).exec(block)?.[1];
  if (!m) return undefined;
  const prop = (p: string) => new RegExp(`--rw-${p}:\\s*(#[0-9a-f]{6})`, 'i').exec(m)?.[1]?.toLowerCase();
  return { fill: prop('fill')!, text: prop('text')!, edge: prop('edge')! };
}

const themes = [
  { name: 'light', block: light, states: LIGHT, undecided: UNDECIDED, snoozed: SNOOZED, page: '#ffffff' },
  { name: 'dark', block: dark, states: DARK, undecided: UNDECIDED_DARK, snoozed: SNOOZED_DARK, page: '#1b1c1f' },
];

describe.each(themes)('the $name palette', ({ block, states, undecided, snoozed, page }) => {
  it.each(STATE_ORDER)('%s: its text on its fill reaches 4.5:1, and marks.css draws these colours', (s) => {
    expect(contrast(states[s].text, states[s].fill)).toBeGreaterThanOrEqual(4.5);
    expect(drawn(block, `[data-reply-window='${s}']`)).toEqual(states[s]);
  });
  it('the fills step away from the page in lightness, state after state (at least 1.3:1 between neighbours)', () => {
    const fills = [page, ...STATE_ORDER.slice(1).map((s) => states[s].fill)];
    expect(states['on-time'].fill).toBe(page); // on time is an outline: the page shows through
    for (let i = 1; i < fills.length; i++) {
      expect(contrast(fills[i], fills[i - 1]), `${STATE_ORDER[i - 1]} → ${STATE_ORDER[i]}`).toBeGreaterThanOrEqual(1.3);
    }
    // and in one direction: each is further from the page than the one before
    const fromPage = fills.map((f) => contrast(f, page));
    expect([...fromPage].sort((a, b) => a - b)).toEqual(fromPage);
  });
  it('the outlined on-time label reads on the page (edge and text 3:1 and 4.5:1)', () => {
    expect(contrast(states['on-time'].edge, page)).toBeGreaterThanOrEqual(3);
    expect(contrast(states['on-time'].text, page)).toBeGreaterThanOrEqual(4.5);
  });
  it('undecided and snoozed are legible, and marks.css draws them', () => {
    for (const [sel, sw] of [
      ['[data-reply-window][data-reply-window-undecided]', undecided],
      ['[data-reply-window][data-reply-window-snoozed]', snoozed],
    ] as const) {
      expect(contrast(sw.text, sw.fill)).toBeGreaterThanOrEqual(4.5);
      expect(drawn(block, sel)).toEqual(sw);
    }
  });
});

describe('shapes and words: each state is told apart without colour', () => {
  it('on time is an outline, the others filled; 7-day has square corners; undecided dashed; snoozed dotted', () => {
    expect(LIGHT['on-time'].fill).toBe('#ffffff');
    for (const s of ['late', 'overdue', 'breach'] as const) expect(LIGHT[s].fill).not.toBe('#ffffff');
    expect(css).toMatch(/\[data-reply-window='breach'\]::after\s*\{\s*border-radius:\s*1px/);
    expect(css).toMatch(/\[data-reply-window-undecided\]::after\s*\{\s*border-style:\s*dashed/);
    expect(css).toMatch(/\[data-reply-window-snoozed\]::after\s*\{\s*border-style:\s*dotted/);
  });
  it('no state uses Upwork’s brand green', () => {
    const all = [LIGHT, DARK].flatMap((p) => Object.values(p).flatMap((s) => [s.fill, s.text, s.edge]));
    all.push(...Object.values(BADGE).flatMap((b) => [b.fill, b.text]));
    for (const g of UPWORK_GREENS) expect(all).not.toContain(g);
  });
});

describe('the badge', () => {
  it.each(STATE_ORDER)('%s: its text on its fill reaches 4.5:1', (s) => {
    expect(contrast(BADGE[s].text, BADGE[s].fill)).toBeGreaterThanOrEqual(4.5);
  });
  it('neighbouring states differ in lightness (1.3:1), so a badge read without colour still changes', () => {
    for (let i = 1; i < STATE_ORDER.length; i++) {
      expect(contrast(BADGE[STATE_ORDER[i]].fill, BADGE[STATE_ORDER[i - 1]].fill)).toBeGreaterThanOrEqual(1.3);
    }
  });
});
