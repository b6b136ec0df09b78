/**
 * Playwright performance specs (`npm run bench:e2e`): the same browser and server as the tests, but
 * only `*.bench.spec.ts`, one at a time, so the measurements do not compete with each other.
 */
import { defineConfig } from '@playwright/test';
import base, { browser } from './playwright.config.ts';

export default defineConfig({
  ...base,
  // One project of its own: the tests' projects choose among the test specs, not the benches.
  projects: [{ name: 'chromium', testMatch: '**/*.bench.spec.ts', use: browser }],
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  reporter: 'list',
});
