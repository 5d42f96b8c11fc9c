// When Upwork redesigns the page, Reply Window says so: "layout not recognised",
// with what was missing, and keeps the counts it had, marked stale, never zeroed.
import { expect, openPopup, readBadge, ROOMS_URL, test } from './test';

const REDESIGN = `<!doctype html><html><head><meta charset="utf-8"><title>Messages | Upwork</title></head><body><div id="__nuxt">
<aside class="inbox-v3"><ul class="thread-list">
  <li class="thread-card"><span class="who">James Blue</span><span class="when">7:57 PM</span><p>Any news?</p></li>
  <li class="thread-card"><span class="who">Ana Lima</span><span class="when">Yesterday</span><p>You: Done</p></li>
</ul></aside><section class="chat-pane"><article class="bubble">Hi</article></section></div></body></html>`;

test('a page in an unknown layout is reported as such, and the counts from before are kept', async ({
  context,
  worker,
  extensionId,
  servePage,
}) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await page.goto(ROOMS_URL); // the demo inbox first
  await page.locator('[data-reply-window]').first().waitFor();
  await expect.poll(async () => (await readBadge(worker)).text).toMatch(/^\d+$/);
  const count = (await readBadge(worker)).text;

  servePage(REDESIGN);
  await page.goto(ROOMS_URL);
  // The reader gives the app time to render before it gives up (10 s), then says what it could not find.
  await expect.poll(async () => (await readBadge(worker)).text, { timeout: 20_000 }).toBe(`${count}?`);
  const popup = await openPopup(context, extensionId);
  const notice = popup.locator('[data-state="layout-unrecognised"]');
  // What it means for the user, then what was not found, and a next step.
  await expect(notice).toContainText('Reply Window can’t read Upwork’s Messages page');
  await expect(notice).toContainText('new client messages are not counted');
  await expect(notice).toContainText('room list panel');
  await expect(notice).toContainText('may be out of date');
  await expect(notice.getByRole('button', { name: 'Reload Upwork Messages' })).toBeVisible();
  await expect(popup.locator('.rooms li[data-room-id]')).toHaveCount(Number(count));
  await expect(popup.locator('[data-state="all-answered"]')).toHaveCount(0);
});
