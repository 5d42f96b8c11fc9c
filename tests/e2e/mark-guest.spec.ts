// Issue 21: "a mark is a guest". On the demo inbox, laid out as Upwork's rows (avatar, name and
// time, job title, a preview that runs to the row's right edge), the marks hide none of a row's
// text and move nothing: every text box and every row box is the same as in a browser without
// the extension, and the pixels inside each text box are the same with the label drawn or not.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { demoHtml, routeUpwork } from './upwork-route.mjs';
import { expect, ROOMS_URL, test } from './test';

interface RowBoxes {
  href: string;
  marked: boolean;
  row: number[];
  /** Every text node's glyph boxes (Range.getClientRects), clipped to the row. */
  texts: { text: string; boxes: number[][] }[];
}

/** The rows' boxes and their text nodes' glyph boxes, as laid out now. */
function measure(page: Page): Promise<RowBoxes[]> {
  return page.evaluate(() => {
    const r2 = (n: number) => Math.round(n * 100) / 100;
    const box = (r: DOMRect) => [r2(r.left), r2(r.top), r2(r.width), r2(r.height)];
    return [...document.querySelectorAll('a[data-test="room-list-item"]')].map((row) => {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      const texts: { text: string; boxes: number[][] }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        texts.push({ text: n.textContent!, boxes: [...range.getClientRects()].map(box) });
      }
      return {
        href: row.getAttribute('href')!,
        marked: row.hasAttribute('data-reply-window'),
        row: box(row.getBoundingClientRect()),
        texts,
      };
    });
  });
}

/** The visible part of each marked row's text boxes (a preview's overflow is clipped by the row). */
function visibleTextBoxes(rows: RowBoxes[]): { x: number; y: number; width: number; height: number }[] {
  return rows
    .filter((r) => r.marked)
    .flatMap((r) => {
      const [rl, rt, rw, rh] = r.row;
      return r.texts.flatMap((t) =>
        t.boxes.map(([l, top, w, h]) => {
          const x = Math.max(l, rl);
          const y = Math.max(top, rt);
          return { x, y, width: Math.min(l + w, rl + rw) - x, height: Math.min(top + h, rt + rh) - y };
        }),
      );
    })
    .filter((b) => b.width >= 1 && b.height >= 1 && b.y + b.height <= 800);
}

test('a mark hides none of a row’s text and changes no row’s box: glyph boxes as without the extension, pixels as without the label', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await expect.poll(() => page.locator('[data-reply-window]').count()).toBeGreaterThanOrEqual(6);
  const withMarks = await measure(page);
  const marked = withMarks.filter((r) => r.marked);
  expect(marked.length).toBeGreaterThanOrEqual(6);

  // The fixture is a hard case: previews run to the row's right edge, as Upwork's do.
  const edge = await page.evaluate(() =>
    [...document.querySelectorAll('[data-reply-window] .room-list-item-story')].map((p) => p.scrollWidth > p.clientWidth),
  );
  expect(edge.filter(Boolean).length).toBeGreaterThanOrEqual(3);

  // The same page in a browser without the extension.
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const ctx = await plain.newContext({ viewport: { width: 1280, height: 800 } });
    await routeUpwork(ctx, demoHtml);
    const bare = await ctx.newPage();
    await bare.goto(ROOMS_URL);
    await bare.locator('html[data-demo-ready]').waitFor();
    // Polled, not timed: the two pages may be read either side of a minute, which changes a row's time text.
    await expect
      .poll(async () => {
        const [a, b] = [await measure(page), await measure(bare)];
        return JSON.stringify(a.map(({ marked: _, ...r }) => r)) === JSON.stringify(b.map(({ marked: _, ...r }) => r));
      })
      .toBe(true);
  } finally {
    await plain.close();
  }

  // Pixels: every visible text box of a marked row looks the same with the label drawn and hidden.
  const boxes = visibleTextBoxes(await measure(page));
  expect(boxes.length).toBeGreaterThanOrEqual(marked.length * 3);
  const shots = async () => Promise.all(boxes.map((clip) => page.screenshot({ clip, animations: 'disabled' })));
  const shown = await shots();
  await page.addStyleTag({ content: '[data-reply-window]::after { visibility: hidden !important; }' });
  const hidden = await shots();
  const covered = boxes.filter((_, i) => !shown[i].equals(hidden[i]));
  expect(covered).toEqual([]);
});

test('a mark is short, with the full sentence in the row’s tooltip; the page contract stays', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await expect.poll(() => page.locator('[data-reply-window]').count()).toBeGreaterThanOrEqual(6);
  const marks = await page.locator('[data-reply-window]').evaluateAll((els) =>
    els.map((e) => ({
      state: e.getAttribute('data-reply-window'),
      label: e.getAttribute('data-reply-window-label'),
      title: e.getAttribute('title'),
      drawn: e.getAttribute('data-reply-window-short'),
    })),
  );
  for (const m of marks) {
    expect(['on-time', 'late', 'overdue', 'breach', 'undecided']).toContain(m.state);
    // The tooltip is the full sentence of the contract's label.
    expect(m.title).toBe(m.label);
    expect(m.label!.length).toBeGreaterThan(8);
    // What is drawn is short: "14 m", "21 h", "Missed", "7-day!".
    const drawn = m.drawn!;
    expect(drawn.length).toBeLessThanOrEqual(7);
    expect(drawn).toMatch(/^(\d+ [mhd]|Missed|7-day!|\d+ [mhd]\?)$/);
  }
  // Not Upwork's brand green, and no bar on the row's left edge where Upwork draws its selected row.
  const look = await page.locator('[data-reply-window]').evaluateAll((els) =>
    els.map((e) => {
      const s = getComputedStyle(e, '::after');
      return { bar: getComputedStyle(e).boxShadow, fill: s.backgroundColor, text: s.color };
    }),
  );
  for (const l of look) {
    expect(l.bar === 'none' || !/inset/.test(l.bar) || l.bar.includes('rgb(20, 168, 0)')).toBe(true);
    expect([l.fill, l.text]).not.toContain('rgb(20, 168, 0)');
    expect([l.fill, l.text]).not.toContain('rgb(16, 138, 0)');
  }
});
