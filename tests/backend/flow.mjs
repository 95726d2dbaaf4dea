// Signing in to the DigiD stand-in without a browser: the authorization code
// flow with PKCE S256 driven by fetch, through the real sign-in pages
// (password step, SMS step), as the portal does in a browser. Used by the
// backend's tests; other tests (e.g. Playwright API tests) may use it too.

import { createHash, randomBytes } from 'node:crypto';

export const PORTAL_SCOPES = 'openid fhirUser launch/patient patient/*.read patient/*.write offline_access';

/** A minimal cookie jar for one host: name → { value, path }. */
export class CookieJar {
  constructor() {
    this.cookies = new Map();
  }

  /** Keeps the cookies of a response's Set-Cookie headers (expired ones are dropped). */
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let cookiePath = '/';
      let expired = false;
      for (const a of attributes) {
        const [k, v = ''] = a.split('=');
        if (k.toLowerCase() === 'path') cookiePath = v;
        if (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (k.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
      }
      const key = `${name};${cookiePath}`;
      if (expired || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path: cookiePath });
    }
  }

  /** The Cookie header for a request to `url`. */
  header(url) {
    const { pathname } = new URL(url);
    return [...this.cookies.values()]
      .filter((c) => pathname === c.path || pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

/** fetch without following redirects, with the jar's cookies. */
export async function browse(jar, url, init = {}) {
  const headers = { ...(init.headers ?? {}) };
  const cookie = jar.header(url);
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.take(response);
  return response;
}

/** A PKCE verifier and its S256 challenge. */
export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** The form action of the page's first form whose action ends with `suffix`. */
function formAction(html, suffix) {
  for (const m of html.matchAll(/<form[^>]*action="([^"]+)"/g)) if (m[1].endsWith(suffix)) return m[1];
  throw new Error(`no form ending in ${suffix} on the page:\n${html.slice(0, 500)}`);
}

function form(fields) {
  return { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

/**
 * Signs `username` in and exchanges the code. Resolves to
 * { access_token, refresh_token, id_token, expires_in, scope, jar, pages }
 * where `pages` holds the HTML of each sign-in page seen.
 *
 * @param {string} backend  e.g. http://127.0.0.1:8787
 * @param {string} username
 * @param {object} [o]
 * @param {string} [o.origin]  the portal origin (redirect URI and CORS Origin)
 */
export async function signIn(backend, username, { password = 'demo1234', code = '123456', origin = 'http://127.0.0.1:8080', scope = PORTAL_SCOPES, jar = new CookieJar() } = {}) {
  const redirectUri = `${origin}/auth/callback`;
  const { verifier, challenge } = pkce();
  const state = randomBytes(8).toString('hex');
  const authorize = new URL(`${backend}/oidc/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'patient-portal',
    response_type: 'code',
    redirect_uri: redirectUri,
    scope,
    state,
    nonce: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const pages = [];
  let response = await browse(jar, authorize.href);
  let location = response.headers.get('location');
  if (response.status !== 303 || !location) throw new Error(`authorize answered ${response.status}`);
  const interaction = new URL(location, backend).href;
  response = await browse(jar, interaction);
  pages.push(await response.text());
  response = await browse(jar, new URL(formAction(pages.at(-1), '/login'), backend).href, form({ username, password }));
  pages.push(await response.text());
  response = await browse(jar, new URL(formAction(pages.at(-1), '/sms'), backend).href, form({ code }));
  location = response.headers.get('location');
  if (response.status !== 303 || !location) {
    const error = new Error(`sign-in of ${username} was not accepted (${response.status})`);
    error.page = await response.text();
    throw error;
  }
  // Resume at the provider, which answers with the redirect to the portal.
  response = await browse(jar, new URL(location, backend).href);
  location = response.headers.get('location');
  const callback = location ? new URL(location, backend) : null;
  if (!callback || callback.origin + callback.pathname !== redirectUri) throw new Error(`no redirect to the portal (${response.status})`);
  if (callback.searchParams.get('state') !== state) throw new Error('state lost');
  const authCode = callback.searchParams.get('code');
  if (!authCode) throw new Error(`no code: ${callback.search}`);
  const tokens = await tokenRequest(backend, { grant_type: 'authorization_code', code: authCode, redirect_uri: redirectUri, code_verifier: verifier }, origin);
  return { ...tokens.body, jar, pages, tokenResponse: tokens.response };
}

/** POSTs to the token endpoint as the public client, with the portal's Origin. */
export async function tokenRequest(backend, fields, origin = 'http://127.0.0.1:8080') {
  const response = await fetch(`${backend}/oidc/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({ client_id: 'patient-portal', ...fields }).toString(),
  });
  const body = await response.json();
  if (response.status !== 200) {
    const error = new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return { body, response };
}
