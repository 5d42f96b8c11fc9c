// The watcher in happy-dom, with a fake worker and manual timers. Issue 12: the work per
// change follows the rows that changed, never the rows mounted (counted in DOM calls, not
// time). Issue 11: a visible tab whose page stopped updating claims nothing it did not see.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR, MINUTE } from '@/utils/model/time';
import { DEFAULT_SETTINGS } from '@/utils/rules/settings';
import { sightOf } from '@/utils/rules/sight';
import { EMPTY_STATUS, pageAfter } from '@/utils/rules/threads';
import { countDomCalls, id, setup } from './watcher-page';

let restoreDom = () => undefined as void;
beforeEach(() => (restoreDom = () => undefined));
afterEach(() => restoreDom());

async function workOf50Changes(mounted: number): Promise<number> {
  const page = setup(mounted);
  page.watcher.start();
  await page.settle();
  const { count, restore } = countDomCalls();
  restoreDom = restore;
  for (let i = 0; i < 50; i++) {
    page.change((i * 7) % mounted, i % 2 === 1);
    await page.settle(200);
  }
  restore();
  return count.calls;
}

describe('the work per change (issue 12)', () => {
  // Two pages of up to 500 rows built and read in happy-dom: seconds on a loaded machine, hence the limit.
  it('50 changes on 500 mounted rows cost within 1.5x of 50 changes on 20 mounted rows', { timeout: 120_000 }, async () => {
    const small = await workOf50Changes(20);
    const large = await workOf50Changes(500);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThanOrEqual(1.5);
  });

  it('a changed row is marked at once, and only awaiting rows carry a mark', async () => {
    const page = setup(30);
    page.watcher.start();
    await page.settle();
    expect(page.row(1).getAttribute('data-reply-window')).toBe('on-time');
    expect(page.row(0).hasAttribute('data-reply-window')).toBe(false);
    page.change(1, true);
    await page.settle(200);
    expect(page.row(1).hasAttribute('data-reply-window')).toBe(false);
    page.change(0, false);
    await page.settle(200);
    expect(page.row(0).getAttribute('data-reply-window')).toBe('on-time');
    // The marks on the rows that did not change are still there.
    expect(page.row(2).getAttribute('data-reply-window')).toBe('on-time');
  });
});

describe('a visible tab whose page stopped updating (issue 11)', () => {
  it('forgets the answered history when offline, and reads everything again when online', async () => {
    const page = setup(10);
    page.watcher.start();
    await page.settle();
    // Row 0 shows the freelancer's reply, watched since.
    expect(page.sent.at(-1)!.rows.find((r) => r.roomId === id(0))?.lastBy).toBe('freelancer');
    window.dispatchEvent(new Event('offline'));
    // The page updates again only after the connection is back: the row now shows the client.
    page.change(0, false);
    await page.settle(200);
    const flipped = page.sent.at(-1)!.rows.find((r) => r.roomId === id(0));
    expect(flipped?.lastBy).toBe('client');
    // Not "answered until the change": nobody watched what happened while the page was not updating.
    expect(flipped?.answeredUntil).toBeUndefined();
    const before = page.sent.length;
    window.dispatchEvent(new Event('online'));
    await page.settle(200);
    expect(page.sent.length).toBe(before + 1);
    expect(page.sent.at(-1)!.rows).toHaveLength(10);
  });

  it('without the offline event, a row seen answered and then replaced by a client message is answered until the change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const T0 = Date.UTC(2026, 2, 10, 14);
    vi.setSystemTime(T0);
    try {
      const page = setup(10);
      page.watcher.start();
      await page.settle();
      vi.setSystemTime(T0 + 10 * MINUTE);
      page.change(0, false);
      await new Promise((r) => setTimeout(r, 0)); // the change is seen at T0 + 10 min
      vi.setSystemTime(T0 + 10 * MINUTE + 5_000); // and read a little later
      await page.settle(200);
      const flipped = page.sent.at(-1)!.rows.find((r) => r.roomId === id(0));
      expect(page.sent.at(-1)!.seenAt).toBe(T0 + 10 * MINUTE + 5_000);
      // Watched answered until the mutation that showed the client's message, not until the read after it.
      expect(flipped?.answeredUntil).toBe(T0 + 10 * MINUTE);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a quiet, visible Messages tab (issue 20, defect 16)', () => {
  /** Lets `hours` pass on a page where nothing changes; returns the page status the worker would keep. */
  async function quiet(hours: number, before?: (page: ReturnType<typeof setup>) => void) {
    vi.useFakeTimers({ toFake: ['Date'] });
    const T0 = Date.UTC(2026, 2, 10, 14);
    vi.setSystemTime(T0);
    try {
      const page = setup(10);
      page.watcher.start();
      await page.settle();
      const first = page.sent.length;
      before?.(page);
      for (let m = 1; m <= hours * 60; m++) {
        vi.setSystemTime(T0 + m * MINUTE);
        await page.settle(MINUTE);
      }
      const status = page.sent.reduce(pageAfter, EMPTY_STATUS);
      return { sight: sightOf(status, DEFAULT_SETTINGS, T0 + hours * HOUR).kind, later: page.sent.slice(first) };
    } finally {
      vi.useRealTimers();
    }
  }

  it('"while the tab is visible, the view is current": past staleAfterHours with no change, the view is not old', async () => {
    const { sight, later } = await quiet(DEFAULT_SETTINGS.staleAfterHours + 1);
    expect(sight).toBe('current');
    // Cheap: the still-watching signal reads no row again.
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((o) => o.rows.length === 0 && o.open === null)).toBe(true);
  });

  it('a tab whose page stopped updating (offline) does not say it is still watching', async () => {
    const { sight } = await quiet(DEFAULT_SETTINGS.staleAfterHours + 1, () => window.dispatchEvent(new Event('offline')));
    expect(sight).toBe('old');
    window.dispatchEvent(new Event('online'));
  });
});
