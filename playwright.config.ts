import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { freePortSync } from './e2e/support/freePort.ts';

// Playwright cannot download its own browser everywhere; Debian's Chromium works just as well.
// Its headless shell first (`apt-get install chromium-headless-shell`): what Playwright's own
// browser runs headless too, and a fifth cheaper for the CPU than the whole browser (stage-labels
// and share: 252 CPU-seconds against 318). Then Debian's browser; else Playwright's own.
const executablePath = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
].find((path) => existsSync(path));

// Each run serves its own fresh build on a port of its own, so a run never tests a server it did not
// start (another checkout's, another person's, an old preview left running). This file is read once
// by the runner and again by every worker process: the first reading picks the port and leaves it in
// the environment, which the workers inherit. PW_PORT (and PW_OUT_DIR, the build folder) may also be
// set by hand.
process.env.PW_PORT ||= String(freePortSync());
const port = Number(process.env.PW_PORT);
const outDir = process.env.PW_OUT_DIR ?? 'dist';

/** The browser every spec runs in (the bench config uses it too). */
export const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // No GPU here: Chromium's software compositor, not an emulated GPU (SwiftShader), which is
      // how it runs on machines without a usable GPU, and much cheaper for the CPU.
      '--disable-gpu',
    ],
  },
};

/** Specs holding a test of 15 s or more on a busy two-core machine. */
const LONG_SPECS = [
  'embed',
  'exerciseKnobs',
  'exercises',
  'first-screen',
  'glossary',
  'offline',
  'share',
  'stage-collisions',
  'stage-labels',
  'tour',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Three browsers on two cores: many tests wait for simulated time at 1x, which is wall-clock
  // time, so two browsers left the machine a quarter idle (first-screen: 73% busy, 75 s); three
  // kept it busy (89%, 63 s) and four were no faster. PW_WORKERS changes it for a measurement.
  workers: Number(process.env.PW_WORKERS ?? 3),
  // A test that needs a retry to pass is a test to fix, not to retry.
  retries: 0,
  // Budgets for a loaded two-core machine, where a page that answers in 1 s when quiet can take
  // ten: every wait is for a state (a locator assertion, expect.poll), so a generous budget costs
  // nothing when things go well and only stops a test that is really stuck.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // A failed test keeps its trace: every action and assertion with its timing, the console, the
    // network and the error (and Playwright writes the page's accessibility tree at the failure
    // beside it). Without the DOM snapshots and the screencast: recorded for every test, kept for
    // the failures only, the snapshots alone cost the suite a sixth of its CPU (playground.spec,
    // one worker: 58 CPU-s with them, 47 without, 51 with no trace at all). Add `--trace on` to a
    // run for them.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    // The built pages register a service worker that keeps a copy of the whole site. A request it
    // answers never reaches page.route(), which many specs use to stand in for the network, and each
    // copy is a second download of the site: only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    // The specs with the longest tests go first: the run ends with short tests filling the gaps,
    // not with one 30-second test running alone while the other browsers wait (20 s of a 475 s
    // run went that way when the order was alphabetical).
    { name: 'long-first', testMatch: LONG_SPECS, use: browser },
    { name: 'chromium', testIgnore: ['**/*.bench.spec.ts', ...LONG_SPECS], use: browser },
  ],
  webServer: {
    // The one build of the run: the specs read the same folder (PW_OUT_DIR) for sizes and files.
    command: `npm run build -- --logLevel warn --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    // Never: something already answering on the port is not this run's build.
    reuseExistingServer: false,
    // The build alone takes a minute on a busy two-core machine.
    timeout: 240_000,
  },
});
