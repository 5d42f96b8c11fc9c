import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Chrome first, Firefox too. Permissions are the fewest that work; each is explained in PRIVACY.md.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive Mozilla's review asks for: everything needed to rebuild, no test output.
  zip: { excludeSources: ['tests/artifacts/**', 'tests/screenshots/**', 'test-results/**', 'bench/**'] },
  vite: () => ({ plugins: [preact()] }),
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
