// Issue 15 end to end: a holding reply chosen in the popup lands in the room's
// reply box (a ProseMirror-like editor, tests/demo/composer.js), is never sent
// by the extension, and counts as a reply only once the user presses Send.
import type { Page } from '@playwright/test';
import type { LogEntry } from '@/utils/model/types';
import { buildPage, roomId } from './build-page';
import { readStore } from './db-read';
import { expect, fixtureHtml, openPopup, readBadge, ROOMS_URL, test } from './test';

const TOM = 'room_9a5ca78c4011cf15df8c09b1009be986'; // demo: waiting 3 h, not open at load
const JAMES = 'room_000000000000000000000000000000a1'; // fixture: open room, "James Blue, James Blue"
const HOLDING_TIME = /(tomorrow )?\d{1,2}:\d{2}\s?[AP]M/;

const composerText = (page: Page) => page.locator('.up-d-composer .ProseMirror').evaluate((el) => el.textContent ?? '');
const storyCount = (page: Page) => page.locator('#story-viewport [id^="story_"]').count();

/** In the popup: the room's ⋯, then "Reply with…"; returns the room's row. */
async function openReplyMenu(popup: Page, room: string) {
  const row = popup.locator(`li[data-room-id="${room}"]`);
  await row.locator('.room-more').click();
  await row.getByRole('button', { name: /^Reply to .* with a template$/ }).click();
  return row;
}

/** Chooses a template in an open menu; returns the text it offered. */
async function choose(row: ReturnType<Page['locator']>, template: string): Promise<string> {
  const choice = row.locator(`.reply-template[data-template-id="${template}"]`);
  const offered = (await choice.locator('.reply-preview').textContent()) ?? '';
  await choice.click();
  return offered;
}

test('a holding reply from the popup lands in the room, is not sent, and counts once the user sends it (demo inbox)', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await expect(page.locator(`a[href*="${TOM}"]`)).toHaveAttribute('data-reply-window', 'late');
  const waiting = (await readBadge(worker)).text;

  const popup = await openPopup(context, extensionId);
  const row = await openReplyMenu(popup, TOM);
  await row.getByLabel('in 1 h').check();
  const offered = await choose(row, 'by');
  expect(offered).toMatch(new RegExp(`^Hi Tom, thanks for your message\\. I'll get back to you by ${HOLDING_TIME.source}\\.$`));

  // The room opens in the user's Messages tab and the text waits in its reply box.
  await expect(page).toHaveURL(new RegExp(TOM));
  await expect.poll(() => composerText(page), { timeout: 20_000 }).toBe(offered.replace(/\n/g, ''));
  await expect(popup.getByTestId('reply-status')).toHaveText(/Nothing was sent/);
  // Nothing was sent: the conversation has no new message, and the room still waits.
  const stories = await storyCount(page);
  expect(await page.evaluate((id) => window.demo.rooms().find((r) => r.id === id)?.lastBy, TOM)).toBe('client');
  await expect(page.locator(`a[href*="${TOM}"]`)).toHaveAttribute('data-reply-window', 'late');
  expect((await readBadge(worker)).text).toBe(waiting);

  // The user presses the page's own Send: the room stops waiting, and the log has the reply.
  const sentAt = Date.now();
  await page.locator('.composer-send').click();
  await expect.poll(() => storyCount(page)).toBe(stories + 1);
  await expect(page.locator('#story-viewport [id^="story_"]').last()).toContainText(offered);
  await expect(page.locator(`a[href*="${TOM}"]`)).not.toHaveAttribute('data-reply-window', /.*/);
  await expect.poll(async () => (await readBadge(worker)).text).toBe(String(Number(waiting) - 1));
  const replies = async () => (await readStore<LogEntry>(popup, 'log')).filter((e) => e.roomId === TOM && e.replyAt >= sentAt - 60_000);
  await expect.poll(async () => (await replies()).length).toBe(1);
});

test('on the fixture: the text goes in at the caret, after what the user typed, and text that skips the editor is lost', async ({
  context,
  extensionId,
  servePage,
}) => {
  servePage(() => fixtureHtml('pages/list-and-room-2026.html'));
  const page = await context.newPage();
  await page.goto(`${ROOMS_URL}${JAMES}`);
  await expect(page.locator(`a[href*="${JAMES}"]`)).toHaveAttribute('data-reply-window', /.+/);
  const editor = page.locator('.up-d-composer .ProseMirror');
  // The fixture's editor keeps its own document, as ProseMirror does: DOM writes do not stick.
  await editor.evaluate((el) => (el.textContent = 'written behind its back'));
  await expect.poll(() => composerText(page)).toBe('');
  await editor.click();
  await page.keyboard.type('Draft: ');
  const stories = await storyCount(page);

  const popup = await openPopup(context, extensionId);
  const offered = await choose(await openReplyMenu(popup, JAMES), 'ack');
  // The page writes "James Blue, James Blue"; the reader keeps the name once, so the greeting has his first name.
  expect(offered).toBe("Thanks James, I've seen your message. I'll get back to you with a full answer soon.");
  await expect.poll(() => composerText(page), { timeout: 20_000 }).toBe(`Draft: ${offered}`);
  expect(await storyCount(page)).toBe(stories);
  await expect(popup.getByTestId('reply-status')).toHaveText(/Nothing was sent/);
});

test('with no reply box on the page, the text goes to the clipboard and both the page and the popup say so', async ({
  context,
  extensionId,
  servePage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.upwork.com' });
  const room = roomId(0x51);
  servePage(buildPage([{ id: room, name: 'Priya Natarajan', title: 'Plugin fixes', lastBy: 'client', ago: '-40m' }]));
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await expect(page.locator(`a[href*="${room}"]`)).toHaveAttribute('data-reply-window', 'on-time');

  const popup = await openPopup(context, extensionId);
  const offered = await choose(await openReplyMenu(popup, room), 'decline');
  expect(offered).toBe("Thanks for thinking of me; I'm not able to take this on. I wish you luck with Plugin fixes.");
  await expect(popup.getByTestId('reply-status')).toHaveText(/the text is on your clipboard/, { timeout: 20_000 });
  await expect(page.locator('reply-window-holding [role="status"]')).toHaveText(/the text is on your clipboard/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(offered);
});

test('the in-page template choice opens next to the reply box in a shadow root, shows names as text, closes on Escape, and inserts', async ({
  context,
  worker,
}) => {
  const SARAH = 'room_2013c7dcb6b0df26eced1faa674a8bf5'; // open at load, waiting
  const page = await context.newPage();
  await page.goto(ROOMS_URL);
  await page.locator('html[data-demo-ready]').waitFor();
  await expect(page.locator(`a[href*="${SARAH}"]`)).toHaveAttribute('data-reply-window', 'on-time');
  const hostile = '<img src=x onerror="window.pwned=1">';
  // What the worker sends when the shortcut is pressed in an awaiting room (the shortcut itself is in the unit tests).
  const showMenu = () =>
    worker.evaluate(
      async ([roomId, name]) => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.upwork.com/*' });
        const templates = [
          { id: 'ack', name: 'Seen it', text: "Thanks {first_name}, I've seen this." },
          { id: 'evil', name, text: '<b>{first_name}</b> {frist}' },
        ];
        await chrome.tabs.sendMessage(tab.id!, { type: 'worker:holding-menu', roomId, name: 'Sarah Chen', title: 'Shopify', templates });
      },
      [SARAH, hostile],
    );
  await showMenu();
  const menu = page.locator('reply-window-holding');
  await expect(menu.locator('.tpl')).toHaveCount(2);
  await expect(menu.locator('.tpl[data-template-id="evil"] strong')).toHaveText(hostile);
  await expect(menu.locator('.tpl[data-template-id="evil"] span')).toHaveText('<b>Sarah</b> {frist}');
  expect(await menu.locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // Outside Upwork's own markup, in its own shadow root.
  expect(await page.locator('#__nuxt reply-window-holding').count()).toBe(0);
  expect(await menu.evaluate((host) => host.shadowRoot !== null)).toBe(true);
  // Beside the reply box without covering the conversation: left of the reply box's column, level with it.
  const panel = await menu.locator('.panel').boundingBox();
  const box = await page.locator('.up-d-composer .ProseMirror').boundingBox();
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(box!.x);
  expect(panel!.y + panel!.height).toBeGreaterThan(box!.y);

  await expect(menu.locator('.tpl').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  const stories = await storyCount(page);
  await showMenu();
  await menu.locator('.tpl[data-template-id="ack"]').click();
  await expect.poll(() => composerText(page)).toBe("Thanks Sarah, I've seen this.");
  expect(await storyCount(page)).toBe(stories);
  await expect(page.locator(`a[href*="${SARAH}"]`)).toHaveAttribute('data-reply-window', 'on-time');
});

test('the templates editor saves as it is typed, marks unknown placeholders, refuses a text over 2,000 characters with the reason, and keeps names as text', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const templates = options.locator('form.templates');
  await expect(templates.locator('li.template')).toHaveCount(3);
  // No Save button: each change is saved as it is made.
  await expect(templates.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  const last = templates.locator('li.template').last();
  await templates.getByRole('button', { name: 'Add a template' }).click();
  const added = templates.locator('li.template').last();
  await added.getByLabel('Name').fill('<img src=x onerror="document.title=1">');
  await added.getByLabel('Text').fill('Hi {frist_name}, back by {by}.');
  await expect(added.getByTestId('unknown-placeholders')).toHaveText(/Unknown placeholder, kept as typed: \{frist_name\}/);
  await added.getByLabel('Text').fill('x'.repeat(2_001));
  await expect(added.getByRole('alert')).toHaveText('This text has 2001 characters; a template may have at most 2000.');
  await expect(templates.getByRole('status')).toHaveText('Not saved: the reason is under the template.');
  // Refused as a whole: after a reload the three defaults are still there, unchanged.
  await options.reload();
  await expect(templates.locator('li.template')).toHaveCount(3);
  await expect(last.getByLabel('Name')).toHaveValue('Polite decline');

  await templates.getByRole('button', { name: 'Add a template' }).click();
  await added.getByLabel('Name').fill('<img src=x onerror="document.title=1">');
  await added.getByLabel('Text').fill('Thanks {first_name}!');
  await expect(templates.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(() =>
      options.evaluate(
        async () => ((await chrome.storage.sync.get('templates')).templates as { text: string }[] | undefined)?.at(-1)?.text,
      ),
    )
    .toBe('Thanks {first_name}!');
  await options.reload();
  await expect(templates.locator('li.template')).toHaveCount(4);
  await expect(added.getByLabel('Name')).toHaveValue('<img src=x onerror="document.title=1">');
  await expect(added.getByLabel('Text')).toHaveValue('Thanks {first_name}!');
  expect(await options.locator('form.templates img').count()).toBe(0);
  expect(await options.title()).not.toBe('1');
});

declare global {
  interface Window {
    demo: {
      rooms(): { id: string; lastBy: 'client' | 'freelancer' }[];
      clientWrites(roomId?: string, text?: string): unknown;
      reply(roomId?: string, text?: string): unknown;
    };
  }
}
