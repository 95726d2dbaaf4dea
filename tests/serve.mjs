// A small static server for the release build in dist/: unknown paths fall
// back to index.html (the portal is a single-page app). Used by the
// end-to-end tests and the benchmark; `trunk serve` is for designers.
//
//   node tests/serve.mjs [dir] [port]
//
// PORTAL_CONFIG=path serves that file as /config.json (connected mode
// against the test backend, without a second build).
//
// A release build holds a .br and a .gz beside every wasm, JS, CSS and JSON
// file (scripts/post-build.mjs): they are sent as they are to a browser that
// accepts them, as nginx's brotli_static / gzip_static do. The content-
// hashed folder of the split build (pkg/<hash>/) may be cached for a year;
// index.html, config.json and the rest may not.
//
// Every answer carries the security headers a hospital must send
// (scripts/headers.mjs), the Content-Security-Policy made for the
// config.json being served. PORTAL_CSP_CONNECT adds sources to connect-src
// (space-separated): the connected end-to-end tests start a backend per
// worker on a free port, so their server allows `http://127.0.0.1:*`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { securityHeaders } from '../scripts/headers.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8090);
const configOverride = process.env.PORTAL_CONFIG ? resolve(process.env.PORTAL_CONFIG) : null;
const extraConnect = (process.env.PORTAL_CSP_CONNECT ?? '').split(/\s+/).filter(Boolean);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The headers for the config.json being served (read on every page load,
 * so a rebuild or another config is picked up). */
async function headers() {
  try {
    return securityHeaders(JSON.parse(await readFile(configOverride ?? join(root, 'config.json'), 'utf8')), extraConnect);
  } catch {
    return securityHeaders({ mode: 'demo' }, extraConnect);
  }
}

let current = await headers();

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const wanted = normalize(join(root, decodeURIComponent(url.pathname)));
  const inside = wanted.startsWith(root);
  const path = (url.pathname === '/config.json' && configOverride)
    || (inside && (await file(wanted))) || join(root, 'index.html');
  if (extname(path) === '.html') current = await headers();
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoded = path === configOverride ? null
    : (/\bbr\b/.test(accepted) && (await file(`${path}.br`)) && ['br', `${path}.br`])
      || (/\bgzip\b/.test(accepted) && (await file(`${path}.gz`)) && ['gzip', `${path}.gz`])
      || null;
  try {
    const body = await readFile(encoded ? encoded[1] : path);
    res.writeHead(200, {
      ...current,
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.startsWith('/pkg/') && path !== join(root, 'index.html')
        ? 'public, max-age=31536000, immutable' : 'no-store',
      Vary: 'Accept-Encoding',
      ...(encoded ? { 'Content-Encoding': encoded[0] } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(500);
    res.end('dist/ is missing: build first');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
