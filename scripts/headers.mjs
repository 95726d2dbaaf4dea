// The HTTP headers the portal must be served with, derived from its
// config.json. tests/serve.mjs sends them; a hospital's web server sends the
// same (README, "Serving the portal").
//
//   node scripts/headers.mjs [path/to/config.json] [--connect https://extra.origin ...]
//
// prints them, one "Name: value" per line. `--connect` adds an origin the
// browser must also reach (a token endpoint on another host than the
// issuer, say).
//
// The Content-Security-Policy, directive by directive:
// - script-src 'self' 'wasm-unsafe-eval': the app's own files only, no inline
//   script (the split build starts from a file, pkg/<hash>/start.js, see
//   scripts/build-split.sh), no eval; 'wasm-unsafe-eval' is what
//   WebAssembly.instantiate needs and allows nothing else.
// - style-src 'self': the stylesheet only. The app sets no style attributes;
//   a letter shown as a web page keeps its structure, not its own CSS.
// - connect-src: the portal itself (config, demo data, glossary) and, in
//   connected mode, the FHIR server and the identity provider, nothing else.
// - img-src 'self' data:: the favicon, images inside HTML letters.
// - object-src blob:: a PDF letter is shown with <object> from a blob: URL
//   the app made of the bytes it fetched; no plug-in from anywhere else.
// - frame-src blob:: the hidden frame that prints a PDF letter. An HTML
//   letter is a srcdoc frame, which frame-src does not govern; it inherits
//   this policy, so no script runs in it either.
// - frame-ancestors 'none': no other site may frame the portal
//   (clickjacking).
// - base-uri 'none', form-action 'self', default-src 'none': everything not
//   named is refused.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The origin of a configured URL, or null when it is empty or not a URL. */
function origin(url) {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The origins the browser fetches from besides the portal's own. */
export function connectOrigins(config, extra = []) {
  const out = [];
  if (config?.mode === 'fhir') {
    for (const url of [config.fhir?.base_url, config.fhir?.issuer]) {
      const o = origin(url);
      if (o && !out.includes(o)) out.push(o);
    }
  }
  for (const url of extra) {
    // An origin, or a host with any port (`http://127.0.0.1:*`, for tests).
    const o = origin(url) ?? (/^https?:\/\/[\w.-]+:\*$/.test(url) ? url : null);
    if (o && !out.includes(o)) out.push(o);
  }
  return out;
}

/** The Content-Security-Policy for a config. */
export function contentSecurityPolicy(config, extra = []) {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...connectOrigins(config, extra)].join(' ')}`,
    'object-src blob:',
    'frame-src blob:',
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Every security header, as name → value. */
export function securityHeaders(config, extra = []) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config, extra),
    // The same as frame-ancestors, for browsers that predate it.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Addresses hold patient ids: they go to no other site.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const extra = [];
  let file = 'public/config.json';
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--connect') extra.push(args[++i]);
    else file = args[i];
  }
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`headers: cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
  for (const [name, value] of Object.entries(securityHeaders(config, extra))) console.log(`${name}: ${value}`);
  // Over HTTPS only (a browser ignores it on http://); not sent by the local test server.
  console.log('Strict-Transport-Security: max-age=31536000; includeSubDomains');
}
