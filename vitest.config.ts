import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The build-failure tests run real Astro builds.
    testTimeout: 120_000,
  },
});
