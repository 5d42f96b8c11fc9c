// Issue 21, "Stats that tell": the 7 / 30 / 90-day switch changes the three headline figures
// and is remembered; the weekly chart waits for 3 weeks with replies, then marks 2 h and 24 h.
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

/** Writes replies straight into the response log: [days ago, minutes the client waited]. */
const seed = (page: Page, replies: [number, number][]) =>
  page.evaluate(
    ({ replies, D, MIN }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('reply-window');
        req.onsuccess = () => {
          const tx = req.result.transaction('log', 'readwrite');
          const now = Date.now();
          replies.forEach(([ago, waited], i) => {
            const replyAt = now - ago * D;
            const roomId = `room_${String(i).padStart(32, '0')}`;
            tx.objectStore('log').put({
              id: `${roomId}|${replyAt}`,
              roomId,
              kind: 'reply',
              clientAt: replyAt - waited * MIN,
              clientExact: true,
              replyAt,
              replyExact: true,
              contract: false,
            });
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { replies, D, MIN },
  );

const figures = (page: Page) =>
  page.locator('[data-testid="stats-headline"] dd').evaluateAll((dds) => dds.map((d) => [d.getAttribute('data-figure'), d.textContent]));

test('the 7 / 30 / 90-day switch changes the three figures, by mouse and by arrow key, and is remembered', async ({
  context,
  extensionId,
}) => {
  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  await stats.locator('main').waitFor();
  // This week: 30 m and 1 h 30 m. 20 days ago: 30 h (a 24-hour miss). 60 days ago: 3 h.
  await seed(stats, [
    [1, 30],
    [2, 90],
    [20, 30 * 60],
    [60, 180],
  ]);
  await stats.reload();
  const group = stats.getByRole('radiogroup', { name: 'Period' });
  await expect(group.getByRole('radio', { name: '7 days' })).toBeChecked();
  expect(await figures(stats)).toEqual([
    ['median', '1 h'],
    ['within-2h', '100%'],
    ['missed-24h', '0'],
  ]);
  await group.getByRole('radio', { name: '30 days' }).click();
  await expect(group.getByRole('radio', { name: '30 days' })).toBeChecked();
  expect(await figures(stats)).toEqual([
    ['median', '1 h 30 m'],
    ['within-2h', '67%'],
    ['missed-24h', '1'],
  ]);
  // The keyboard: one tab stop, the arrow moves the choice.
  await group.getByRole('radio', { name: '30 days' }).focus();
  await stats.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(group.getByRole('radio', { name: '90 days' })).toBeFocused();
  await expect(stats.locator('.basis')).toHaveText('From 4 replies in the last 90 days.');
  expect((await figures(stats))[1]).toEqual(['within-2h', '50%']);
  await stats.reload();
  await expect(group.getByRole('radio', { name: '90 days' })).toBeChecked();
  await expect(stats.locator('table')).toHaveCount(2); // only the charts' text alternatives: the 8 × 3 table is gone
  await expect(stats.getByRole('heading', { name: 'Your response times' })).toHaveCount(1);
});

test('the weekly chart waits for 3 weeks with replies, then marks Upwork’s 2 h and 24 h windows', async ({ context, extensionId }) => {
  const stats = await context.newPage();
  await stats.goto(`chrome-extension://${extensionId}/stats.html`);
  await stats.locator('main').waitFor();
  await seed(stats, [
    [1, 30],
    [9, 200],
  ]);
  await stats.reload();
  await expect(stats.getByTestId('weekly-waits')).toHaveText('The weekly chart appears after 3 weeks of replies (2 weeks so far).');
  await expect(stats.locator('[data-mark]')).toHaveCount(0);

  await seed(stats, [[16, 40 * 60]]);
  await stats.reload();
  await expect(stats.getByTestId('weekly-waits')).toHaveCount(0);
  const chart = stats.locator('figure.chart').first();
  await expect(chart.locator('figcaption')).toHaveText('Weekly median response time over the past 13 weeks');
  await expect(chart.locator('[data-mark]')).toHaveText(['2 h window', '24 h window']);
  // The 40-hour week tops the scale at 48 h; the marks sit at their hours on it, 24 h above 2 h.
  await expect(chart.locator('[data-tick]').last()).toHaveText('48 h');
  const markY = await chart.locator('[data-mark] line').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('y1'))));
  expect(markY[0]).toBeGreaterThan(markY[1]);
  // Labels no larger than the text: the tick labels' rendered size against the body's 14 px.
  const sizes = await chart.locator('svg text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(18);
  await expect(chart.locator('.bar[data-median-ms]:not([data-median-ms=""])')).toHaveCount(3);
});
