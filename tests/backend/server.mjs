// The portal's test backend in one process on 127.0.0.1:
//   /oidc  the DigiD stand-in (oidc.mjs)
//   /fhir  the gateway (gateway.mjs) in front of the FHIR engine (fhir.mjs)
//
// Run:   node tests/backend/server.mjs
// Env:   BACKEND_PORT (8787), ACCESS_TOKEN_TTL seconds (300),
//        PORTAL_ORIGINS comma list (http://127.0.0.1:8080,http://localhost:8080,
//        http://127.0.0.1:8095,http://127.0.0.1:8097)
// Tests import startBackend() and run it on a free port.

import http from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { localToday } from './calendar.mjs';
import { FhirEngine } from './fhir.mjs';
import { createGateway } from './gateway.mjs';
import { operationOutcome, sendJson } from './http.mjs';
import { CLIENT_ID, createIdentityProvider, loadPersonas, SCOPES } from './oidc.mjs';
import { SHARED_TYPES, WRITES } from './rules.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const DEFAULT_ORIGINS = [
  'http://127.0.0.1:8080',
  'http://localhost:8080',
  'http://127.0.0.1:8095',
  'http://127.0.0.1:8097',
];
export const DEFAULT_DEMO_DIR = path.resolve(here, '../../public/demo');
/** Records in the shape real servers send (tests/fixtures/real): a transaction bundle and its persona each. */
export const DEFAULT_FIXTURE_DIR = path.resolve(here, '../fixtures/real');

/**
 * Starts the backend. Resolves to { url, port, server, provider, engine, close }.
 *
 * @param {object} [options]
 * @param {number} [options.port=8787]  0 = any free port
 * @param {number} [options.accessTokenTtl=300] seconds
 * @param {string[]} [options.origins]  portal origins
 * @param {string} [options.demoDir]    folder with manifest.json, the bundles and personas.json
 * @param {string|null} [options.fixtureDir] folder with transaction-*.json and personas.json (null: none)
 * @param {number} [options.today]      day number the data is shifted to and the rules use (default: local today)
 */
export async function startBackend({
  port = 8787,
  accessTokenTtl = 300,
  origins = DEFAULT_ORIGINS,
  demoDir = DEFAULT_DEMO_DIR,
  fixtureDir = DEFAULT_FIXTURE_DIR,
  today = localToday(),
} = {}) {
  const host = '127.0.0.1';
  // The writable types are indexed even when the bundles hold none of them yet.
  const transactions = fixtureDir
    ? readdirSync(fixtureDir).filter((f) => /^transaction-.*\.json$/.test(f)).sort().map((f) => path.join(fixtureDir, f))
    : [];
  const engine = new FhirEngine({ demoDir, today, transactions, extraTypes: [...WRITES.keys(), ...SHARED_TYPES, 'Patient', 'RelatedPerson'] });
  const loaded = await engine.load();
  const personas = [...loadPersonas(demoDir), ...(fixtureDir ? loadPersonas(fixtureDir) : [])];

  // The issuer must hold the port, which is known only once listening: the
  // handlers are set up right after, and anything earlier gets a 503.
  let routes = null;
  const server = http.createServer((req, res) => {
    dispatch(routes, req, res).catch((error) => {
      console.error('backend:', error);
      if (!res.headersSent) sendJson(res, 500, operationOutcome(500, 'The server could not answer'));
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://${host}:${actualPort}`;
  const issuer = `${url}/oidc`;
  const idp = createIdentityProvider({ issuer, origins, accessTokenTtl, personas, engine });
  const smart = {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/me`,
    jwks_uri: `${issuer}/jwks`,
    revocation_endpoint: `${issuer}/token/revocation`,
    end_session_endpoint: `${issuer}/session/end`,
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    token_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: SCOPES,
    capabilities: ['launch-standalone', 'client-public', 'sso-openid-connect', 'context-standalone-patient', 'permission-patient', 'permission-offline'],
  };
  const gateway = createGateway({ engine, authenticate: idp.authenticate, origins, today, base: `${url}/fhir`, smart });
  routes = { idp, gateway, url, clientId: CLIENT_ID, loaded };

  return {
    url,
    port: actualPort,
    issuer,
    fhirBase: `${url}/fhir`,
    server,
    provider: idp.provider,
    engine,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

async function dispatch(routes, req, res) {
  if (routes === null) {
    res.writeHead(503, { 'Retry-After': '1', 'Content-Length': 0 });
    return res.end();
  }
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const pathname = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? '' : raw.slice(q + 1);
  if (pathname === '/oidc' || pathname.startsWith('/oidc/')) return routes.idp.handle(req, res, pathname);
  if (pathname === '/fhir' || pathname.startsWith('/fhir/')) {
    return routes.gateway.handle(req, res, pathname.slice('/fhir'.length), query);
  }
  if (pathname === '/' || pathname === '/health') {
    return sendJson(
      res,
      200,
      {
        service: 'patient portal test backend',
        fhir: `${routes.url}/fhir`,
        issuer: `${routes.url}/oidc`,
        client_id: routes.clientId,
        resources: routes.loaded,
      },
      {},
      'application/json',
    );
  }
  return sendJson(res, 404, operationOutcome(404, 'Not found'));
}

function intFromEnv(name, fallback, min, max) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const port = intFromEnv('BACKEND_PORT', 8787, 0, 65535);
  const accessTokenTtl = intFromEnv('ACCESS_TOKEN_TTL', 300, 1, 86400);
  const origins = (process.env.PORTAL_ORIGINS ?? DEFAULT_ORIGINS.join(','))
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const backend = await startBackend({ port, accessTokenTtl, origins });
  console.log(`Test backend ready on ${backend.url}
  FHIR     ${backend.fhirBase}
  issuer   ${backend.issuer}   (client_id ${CLIENT_ID}, access tokens ${accessTokenTtl} s)
  portals  ${origins.join(', ')}
  accounts sanne, emma, peter — password demo1234, SMS code 123456`);
  const stop = () => backend.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
