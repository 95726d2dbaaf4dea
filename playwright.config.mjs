// End-to-end tests: Debian's Chromium, the release build served from dist/.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8090);

// The browser's time zone. The test backend (connected mode) runs in the
// workers and dates its records from its own "today": it must be the same
// day as the portal's, also in the hour after midnight in Amsterdam, when
// UTC is still on the day before. Node reads TZ again when it changes, and
// the workers inherit it.
const TIME_ZONE = 'Europe/Amsterdam';
process.env.TZ = TIME_ZONE;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/.artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: TIME_ZONE,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node tests/serve.mjs ${process.env.E2E_DIST ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/config.json`,
    reuseExistingServer: !process.env.CI,
  },
});
