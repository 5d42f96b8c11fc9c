import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'happy-dom',
    // Times in fixtures are local; pin a zone with daylight saving so the suite means the same everywhere.
    env: { TZ: 'America/New_York' },
  },
});
