import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browser everywhere; Debian's Chromium works just as well.
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// Several people (or agents) testing on one machine each pick their own port and build folder.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['**/*.bench.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            // No GPU here: Chromium's software compositor, not an emulated GPU (SwiftShader), which
            // is how it runs on machines without a usable GPU, and much cheaper for the CPU.
            '--disable-gpu',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run build -- --logLevel warn --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
