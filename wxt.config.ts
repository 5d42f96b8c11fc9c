import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { moduleCosts } from './tests/perf/module-costs.mjs';

/**
 * webextension-polyfill in the worker only: it lets the worker's onMessage listener answer with a
 * promise, which Chrome's own listeners cannot. Everywhere else (content scripts, popup, options,
 * stats) `browser` is Firefox's own, or Chrome's `chrome`, whose MV3 calls already return promises,
 * saving 3 kB gzipped on every Upwork page and in the popup. A listener outside the worker that
 * answers must therefore answer through sendResponse (holding.ts), which both browsers support.
 */
const polyfillInWorkerOnly = (): Plugin => ({
  name: 'reply-window:polyfill-in-worker-only',
  // Before Vite resolves its config: the alias plugin copies the entries it is given.
  config(config) {
    const lib = config.build?.lib ? config.build.lib.entry : '';
    const entry = typeof lib === 'string' ? lib : Object.values(lib).join(' ');
    if (/[\\/]background[\\/.]/.test(entry)) return;
    const plain = createRequire(import.meta.url).resolve('@wxt-dev/browser');
    const alias = config.resolve?.alias;
    if (Array.isArray(alias)) for (const a of alias) if (a.find === 'wxt/browser') a.replacement = plain;
    if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = plain;
  },
});

/**
 * The popup's script blocks its first paint (the page has nothing to show before it runs): its first
 * frame then follows the script's start, which reads the worker's first frame at once (issue 22).
 * Vite drops the attribute from the HTML it is given, so it is put back on the script Vite writes.
 */
const renderBlockingPopup = (): Plugin => ({
  name: 'reply-window:render-blocking-popup',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) =>
      /[\\/]popup[\\/]index\.html$/.test(ctx.filename)
        ? html.replace('<script type="module" ', '<script type="module" blocking="render" ')
        : html,
  },
});

// Chrome first, Firefox too. Permissions are the fewest that work; each is explained in PRIVACY.md.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive Mozilla's review asks for: everything needed to rebuild, no test output.
  zip: { excludeSources: ['tests/artifacts/**', 'tests/screenshots/**', 'test-results/**', 'bench/**'] },
  vite: () => ({
    // COSTS=<file> lists what each module costs per chunk (tests/perf/module-costs.mjs).
    plugins: [preact(), polyfillInWorkerOnly(), renderBlockingPopup(), ...(process.env.COSTS ? [moduleCosts(process.env.COSTS)] : [])],
    // terser: about 3 % fewer gzipped bytes than esbuild's minifier (14.6 against 15.1 kB on an Upwork page).
    // UNMINIFIED=1 keeps names readable in the bench's profiles (top self-time functions).
    build: { minify: process.env.UNMINIFIED ? false : 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    host_permissions: ['https://www.upwork.com/*'],
    action: { default_title: 'Reply Window' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpen__' },
      // Holding replies in the open room; the key can be changed at chrome://extensions/shortcuts.
      'holding-reply': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandHoldingReply__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'reply-window@reply-window.app',
          strict_min_version: '140.0',
          // Firefox's declaration for new add-ons: Reply Window collects nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
