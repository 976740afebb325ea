import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a running platform (the backend serving dist/).
 * They use Debian's Chromium: Playwright's own browser downloads are not
 * available here.
 */
export default defineConfig({
  testDir: 'e2e',
  // The multi-person scenarios take 40-55 s on a quiet 2-core machine; the limit leaves room for a
  // busy one (CI) without hiding a hang.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // One worker: the scenarios share one backend on a small machine.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
