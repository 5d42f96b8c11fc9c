// The popup as issue 11 asks: what to answer next on top, the first row focused, an unknown contract
// answered in one click (and its 7-day stake shown from 6 days), and an old view said as such.
import type { Page } from '@playwright/test';
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

async function openDemo(page: Page, url = ROOMS_URL) {
  await page.goto(url);
  await page.locator('html[data-demo-ready]').waitFor();
  await page.locator('[data-reply-window]').first().waitFor();
}

interface Seeded {
  id: string;
  waited: number;
  contract?: 'active' | 'unknown' | 'ended';
}
const roomId = (n: number) => `room_${n.toString(16).padStart(32, '0')}`;

/** Replaces the stored rooms (from an extension page whose code has created the database). */
async function seed(page: Page, rooms: Seeded[], lastReadAt: number) {
  await page.evaluate(
    async ({ rooms, lastReadAt, now }) => {
      const db = await new Promise<IDBDatabase>(
        (r) => (indexedDB.open('reply-window').onsuccess = (e) => r((e.target as IDBOpenDBRequest).result)),
      );
      const tx = db.transaction(['threads', 'meta'], 'readwrite');
      tx.objectStore('threads').clear();
      for (const r of rooms) {
        const since = now - r.waited;
        tx.objectStore('threads').put({
          roomId: r.id,
          name: `Client ${r.id.slice(-2)}`,
          title: 'A job',
          contract: r.contract ?? 'unknown',
          last: { by: 'client', at: { earliest: since, latest: since }, seenAt: lastReadAt },
          waitingSince: since,
          exact: true,
          answeredSeenAt: null,
          updatedAt: lastReadAt,
        });
      }
      tx.objectStore('meta').put({ lastReadAt, checkedAt: lastReadAt, layout: 'ok', missing: [], selfName: 'Alex Rivera' }, 'page');
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    },
    { rooms, lastReadAt, now: Date.now() },
  );
}

const rowsOf = (popup: Page) =>
  popup.locator('.rooms:not(.snoozed) li[data-room-id]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-room-id')!,
      deadline: Number(e.getAttribute('data-deadline')),
      since: Number(e.getAttribute('data-waiting-since')),
    })),
  );

test('the demo inbox: rooms that can still be saved first, soonest deadline first, then the missed ones, longest wait first; the first row has the focus', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await openDemo(page);
  const waiting = await page.evaluate(() => window.demo.rooms().filter((r) => r.lastBy === 'client').length);
  await expect.poll(async () => (await readBadge(worker)).text).toBe(String(waiting));
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(waiting);
  const now = Date.now();
  const rows = await rowsOf(popup);
  const savable = rows.filter((r) => r.deadline > now);
  const missed = rows.filter((r) => r.deadline <= now);
  expect(savable.length).toBeGreaterThan(0);
  expect(missed.length).toBeGreaterThan(0);
  expect(rows).toEqual([...savable, ...missed]);
  expect(savable.map((r) => r.deadline)).toEqual(savable.map((r) => r.deadline).sort((a, b) => a - b));
  expect(missed.map((r) => r.since)).toEqual(missed.map((r) => r.since).sort((a, b) => a - b));
  await expect(popup.getByTestId('popup-count')).toHaveText(`${waiting} to answer · ${savable.length} still in time`);

  // The first row is focused: Enter opens the room to answer next, ↓ moves at once.
  const first = popup.locator('.rooms .room-open').first();
  await expect(first).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('.rooms .room-open').nth(1)).toBeFocused();
  await popup.keyboard.press('ArrowUp');
  // Enter acts on key-down; the popup closes as it opens the room, so a key-up may find it gone.
  await popup.keyboard.down('Enter');
  await expect.poll(() => page.url()).toContain(rows[0].id); // the open Messages tab is reused
});

test('a 7-day risk is on top; an unknown contract is asked in one click and, from 6 days, says what is at stake', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId);
  const rooms: Seeded[] = [
    { id: roomId(1), waited: 9 * DAY }, // long missed
    { id: roomId(2), waited: 2 * HOUR - 14 * MINUTE }, // 14 minutes left
    { id: roomId(3), waited: 6 * DAY + 2 * HOUR }, // unknown contract, 21 h 59 m from a 7-day deadline
    { id: roomId(4), waited: 3 * DAY, contract: 'ended' },
    { id: roomId(5), waited: 8 * DAY + 11 * HOUR, contract: 'ended' }, // "24-hour window missed 7 d 11 h ago"
  ];
  await seed(popup, rooms, Date.now());
  await popup.reload();
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(5);
  expect((await rowsOf(popup)).map((r) => r.id)).toEqual([roomId(3), roomId(2), roomId(1), roomId(5), roomId(4)]);
  await expect(popup.getByTestId('popup-count')).toHaveText('5 to answer · 2 still in time');
  // A duration, and a window's "24-hour", are never broken across lines: each drawn one is one line box.
  await expect(popup.locator(`li[data-room-id="${roomId(5)}"] .room-left`)).toHaveText('24-hour window missed 7 d 11 h ago');
  const boxes = await popup.locator('.dur').evaluateAll((els) => els.map((e) => e.getClientRects().length));
  expect(boxes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);
  expect(boxes.filter((n) => n > 1)).toEqual([]);
  // The figure is the time left, the largest text of its row, aligned right with tabular digits.
  const open = popup.locator(`li[data-room-id="${roomId(2)}"]`);
  await expect(open.locator('.room-figure')).toHaveText(/^1[34] m$/);
  expect(await open.locator('.room-figure').evaluate((e) => getComputedStyle(e).fontVariantNumeric)).toBe('tabular-nums');
  await expect(popup.locator(`li[data-room-id="${roomId(5)}"] .room-figure`)).toHaveText('Missed');

  const risky = popup.locator(`li[data-room-id="${roomId(3)}"]`);
  await expect(risky.getByTestId('if-contract')).toHaveText(/^If on a contract: Upwork's 7-day window closes in 21 h 5\d m$/);
  // Elsewhere the question is asked once, in the header, not on every row; an ended contract is not asked.
  await expect(popup.locator('.room-contract')).toHaveCount(1);
  await expect(popup.getByTestId('contract-note')).toBeVisible();

  // "No contract": the room leaves the 7-day risk and the question goes.
  await risky.getByRole('button', { name: 'No contract' }).click();
  await expect(risky.locator('.room-contract')).toHaveCount(0);
  await expect.poll(async () => (await rowsOf(popup)).map((r) => r.id)).toEqual([roomId(2), roomId(1), roomId(5), roomId(3), roomId(4)]);
  // "On a contract": the 7-day window now applies; the row is the risk on top again, as a contract room.
  const unknown = popup.locator(`li[data-room-id="${roomId(1)}"]`);
  await unknown.locator('.room-more').click();
  await unknown.getByRole('button', { name: 'More ▸' }).click();
  await unknown.getByLabel('Contract').selectOption('active');
  await expect(unknown).toHaveAttribute('data-reply-window', 'breach'); // 9 days on a contract
  await expect(unknown.locator('.room-figure')).toHaveText('7-day!');
  // The header's line goes once dismissed, and stays gone.
  await popup.getByRole('button', { name: 'Got it' }).click();
  await expect(popup.getByTestId('contract-note')).toHaveCount(0);
  await popup.reload();
  await expect(popup.locator('.rooms li[data-room-id]').first()).toBeVisible();
  await expect(popup.getByTestId('contract-note')).toHaveCount(0);
});

test('eleven clients waiting: at least 7 rooms whole in a 600 px popup, no phrase wraps, and the header says the badge’s number', async ({
  context,
  worker,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId);
  const waits = [14, 40, 75, 100, 150, 300, 600, 1200, 1500, 2000, 3000];
  await seed(
    popup,
    waits.map((m, i) => ({ id: roomId(i + 1), waited: m * MINUTE, contract: 'ended' as const })),
    Date.now(),
  );
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.reload();
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(11);
  const whole = await popup.locator('.rooms li[data-room-id]').evaluateAll((els) => {
    const scroller = document.querySelector('.popup')!.getBoundingClientRect();
    const bottom = Math.min(scroller.bottom, 600);
    return els.filter((e) => e.getBoundingClientRect().bottom <= bottom).length;
  });
  expect(whole).toBeGreaterThanOrEqual(7);
  // No phrase wraps: every row's two lines are one line box each.
  const lines = await popup
    .locator('.room-figure, .room-left, .room-name, .room-title, .hint-key')
    .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 24).length);
  expect(lines).toBe(0);
  // The header's number is the badge's.
  // The worker refreshes the badge after any command; "settings changed" changes nothing else.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'user:settings-changed' }));
  const header = (await popup.getByTestId('popup-count').textContent())!;
  await expect.poll(async () => (await readBadge(worker)).text).toBe(/^(\d+)/.exec(header)![1]);
});

test('an old view: the header says since when new messages are not counted, and opening Messages ends it', async ({
  context,
  worker,
  extensionId,
}) => {
  // A Messages tab that has read the page once, then no read for 3 hours (the default threshold is 2 h).
  const page = await context.newPage();
  await openDemo(page, ROOMS_URL + roomId(99)); // a room's address: the button's inbox address differs
  await expect.poll(async () => (await readBadge(worker)).text).not.toBe('');
  const popup = await openPopup(context, extensionId);
  await seed(popup, [{ id: roomId(1), waited: 5 * HOUR }], Date.now() - 3 * HOUR);
  await popup.reload();
  const notice = popup.locator('[data-state="old-view"]');
  await expect(notice).toContainText(/New messages since \w{3} \d{1,2}:\d{2}\s[AP]M are not counted/);
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(1); // what is known stays listed
  // One button: Messages opens (in the tab already there), is read, and the view is current again.
  await notice.getByRole('button', { name: 'Open Upwork Messages' }).click();
  // The inbox address; the demo, like Upwork, may then move on to the first room by itself.
  await expect.poll(() => page.url()).not.toBe(ROOMS_URL + roomId(99));
  expect(page.url().startsWith(ROOMS_URL)).toBe(true);
  const again = await openPopup(context, extensionId);
  await expect(again.getByTestId('read-at')).toHaveText('Upwork read just now');
  await expect(again.locator('[data-state="old-view"]')).toHaveCount(0);
});

test('⋯ has four verbs; a snooze says until when and that it passes the window, and Undo takes it back (the S key too)', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId);
  await seed(
    popup,
    [
      { id: roomId(1), waited: 2 * HOUR - 14 * MINUTE, contract: 'ended' }, // 14 minutes left of the 2-hour window
      { id: roomId(2), waited: 3 * HOUR, contract: 'ended' },
    ],
    Date.now(),
  );
  await popup.reload();
  const row = popup.locator(`li[data-room-id="${roomId(1)}"]`);
  await row.locator('.room-more').click();
  await expect(row.locator('.room-verbs > button, .room-verbs .reply-with > button')).toHaveText(
    ['Reply with…', 'Snooze ▸', 'No reply needed', 'More ▸'].map((v) => new RegExp(`^${v.replace(/[.*+?^${}()|[\]\\▸…]/g, '\\$&')}$`)),
  );
  await row.getByRole('button', { name: 'Snooze ▸' }).click();
  const hour = row.getByRole('button', { name: /^1 hour/ });
  await expect(hour).toHaveText(/^1 hour until \d{1,2}:\d{2}\s?[AP]M · passes the 2-hour window$/);
  await hour.click();
  const undo = popup.getByTestId('snooze-undo');
  await expect(undo).toContainText(/snoozed until \d{1,2}:\d{2}\s?[AP]M · passes the 2-hour window/);
  // Snoozed: muted, in the snoozed list, "until 7:26".
  const snoozed = popup.locator(`.rooms.snoozed li[data-room-id="${roomId(1)}"]`);
  await expect(snoozed.locator('.room-figure')).toHaveText(/^until \d{1,2}:\d{2}\s?[AP]M$/);
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.locator(`.rooms:not(.snoozed) li[data-room-id="${roomId(1)}"]`)).toBeVisible();
  await expect(popup.locator('.rooms.snoozed')).toHaveCount(0);

  // The S key on the focused first row: the same words, the same Undo.
  await popup.locator('.rooms .room-open').first().focus();
  await popup.keyboard.press('s');
  await expect(undo).toContainText('passes the 2-hour window');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.locator('.rooms.snoozed')).toHaveCount(0);
});
