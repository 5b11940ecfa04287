import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The build-failure tests run real Astro builds.
    testTimeout: 120_000,
    // Vitest's default is one worker less than the cores: one, on a 2-core machine. The slow tests
    // mostly wait for the builds and commands they spawn, so three at a time finish sooner
    // (`vitest run`: 150 s with one, 105 s with two, 90 s with three on this machine).
    maxWorkers: 3,
  },
});
