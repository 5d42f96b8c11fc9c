import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Chrome first, Firefox too. Permissions are the fewest that work; each is explained in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Reply Window for Upwork',
    description: 'Counts down the time left to answer every Upwork client message still waiting for you. Nothing leaves your computer.',
    permissions: ['alarms'],
    host_permissions: ['https://www.upwork.com/*'],
    action: { default_title: 'Reply Window' },
  },
});
