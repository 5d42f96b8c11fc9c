// The options page's scroll height at 1280 px wide (issue 21: "Settings is 3,181 px long"), light scheme,
// fresh profile: node tests/tools/options-height.mjs (after npx wxt build).
import { launchWithExtension } from '../e2e/launch.mjs';

const { context, extensionId, cleanup } = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/options.html`);
await page.locator('h1').waitFor();
await page.waitForTimeout(500);
console.log('options scrollHeight at 1280 px:', await page.evaluate(() => document.documentElement.scrollHeight));
await cleanup();
