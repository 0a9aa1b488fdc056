import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real app in browser mode with Debian's Chromium (never a downloaded
// browser). Each test starts its own server with its own user-data folder: see e2e/fixtures.ts.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  reporter: process.env.PW_REPORTER === 'json' ? [['json', { outputFile: 'test-results/e2e.json' }], ['list']] : [['list']],
  use: {
    // An action waits at most this long, so a step that cannot happen fails at that step with its
    // own message instead of hanging until the test's timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.DRAFTWATCH_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'browser-mode', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
