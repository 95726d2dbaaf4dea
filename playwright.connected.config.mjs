// The end-to-end suite in connected mode: every test of tests/e2e, plus the
// connected-only tests of tests/connected, against the test backend
// (tests/backend: DigiD stand-in, FHIR engine and access-rule gateway).
// Each worker starts its own backend in process (see tests/e2e/pages.mjs);
// the same release build is served here with a config in fhir mode
// (E2E_DIST serves another build folder, for a run beside a build).
import { defineConfig } from '@playwright/test';
import base from './playwright.config.mjs';

process.env.PORTAL_E2E_MODE = 'connected';
const port = Number(process.env.E2E_CONNECTED_PORT ?? 8098);
process.env.E2E_CONNECTED_PORT = String(port);

export default defineConfig({
  ...base,
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.mjs', 'connected/**/*.spec.mjs'],
  outputDir: 'tests/connected/.artifacts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node tests/serve.mjs ${process.env.E2E_DIST ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/config.json`,
    // Each worker's backend listens on a free port: the test server's
    // policy allows any port on 127.0.0.1 besides the config's servers.
    env: { PORTAL_CONFIG: 'tests/connected/config.json', PORTAL_CSP_CONNECT: 'http://127.0.0.1:*' },
    reuseExistingServer: !process.env.CI,
  },
});
