// End-to-end tests in connected mode: the same release build, served with a
// config that points at the test backend (tests/backend: DigiD stand-in,
// FHIR engine and access-rule gateway), both started here.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.mjs';

const port = Number(process.env.E2E_CONNECTED_PORT ?? 8098);
const backendPort = Number(process.env.BACKEND_PORT ?? 8787);

export default defineConfig({
  ...base,
  testDir: 'tests/connected',
  outputDir: 'tests/connected/.artifacts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: [
    {
      command: 'node tests/backend/server.mjs',
      url: `http://127.0.0.1:${backendPort}/oidc/.well-known/openid-configuration`,
      env: { BACKEND_PORT: String(backendPort), PORTAL_ORIGINS: `http://127.0.0.1:${port}` },
      reuseExistingServer: false,
    },
    {
      command: `node tests/serve.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/config.json`,
      env: { PORTAL_CONFIG: 'tests/connected/config.json' },
      reuseExistingServer: false,
    },
  ],
});
