// The DigiD stand-in: an OpenID Connect provider (oidc-provider) at /oidc,
// with the demo personas as accounts and its own two-step sign-in pages
// (username + password, then a 6-digit SMS code), in Dutch.
//
// One client is registered: `patient-portal`, a public single-page app (no
// secret, token_endpoint_auth_method "none") using the authorization code
// flow with PKCE S256, which is required. Access tokens are opaque and
// short-lived; the gateway checks them in this process (authenticate()).
// Refresh tokens are issued at every code exchange for this client, whether
// or not `offline_access` survives (oidc-provider drops that scope when the
// request says `prompt` without `consent`), and rotate on every use.
// Consent is granted automatically: this is a first-party client.
//
// The account id (`sub`) is the person's BSN. Claims: `fhirUser`
// (Patient/<id> when a Patient with that BSN exists, else
// RelatedPerson/<id> of the first RelatedPerson naming that BSN) and `name`,
// in the ID token and from userinfo.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Provider from 'oidc-provider';

import { escapeHtml, readBody, sendHtml } from './http.mjs';
import { BSN_SYSTEM, bsnOf } from './rules.mjs';

export const CLIENT_ID = 'patient-portal';
/** Every persona's demo password and SMS code (as in src/demo/personas.rs). */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_SMS_CODE = '123456';
/** The scopes the portal asks for (public/config.json), all known here. */
export const SCOPES = ['openid', 'fhirUser', 'launch/patient', 'patient/*.read', 'patient/*.write', 'offline_access', 'profile'];

/** Reads `personas.json`: [{ username, name, bsn }]. */
export function loadPersonas(demoDir) {
  const list = JSON.parse(readFileSync(path.join(demoDir, 'personas.json'), 'utf8'));
  return list.map(({ username, name, bsn }) => ({ username: String(username), name: String(name), bsn: String(bsn) }));
}

/** Step 1: the persona for `username` and `password`, or null (never says which was wrong). */
export function checkPassword(personas, username, password) {
  const wanted = String(username ?? '').trim().toLowerCase();
  return personas.find((p) => p.username === wanted && password === DEMO_PASSWORD) ?? null;
}

/** Step 2: the SMS code, spaces allowed as people type them. */
export function checkCode(code) {
  return String(code ?? '').replace(/\s/g, '') === DEMO_SMS_CODE;
}

/**
 * Builds the provider and the handler of everything under /oidc.
 *
 * @param {object} options
 * @param {string} options.issuer      e.g. http://127.0.0.1:8787/oidc
 * @param {string[]} options.origins   portal origins (redirect URIs and CORS)
 * @param {number} options.accessTokenTtl seconds
 * @param {Array<{username,name,bsn}>} options.personas
 * @param {import('./fhir.mjs').FhirEngine} options.engine  to find each person's fhirUser
 */
export function createIdentityProvider({ issuer, origins, accessTokenTtl, personas, engine }) {
  const byBsn = new Map(personas.map((p) => [p.bsn, p]));
  const allowedOrigins = new Set(origins);

  /** `Patient/<id>` or `RelatedPerson/<id>` for the person with `bsn`, or undefined. */
  async function fhirUserOf(bsn) {
    const identifier = [['identifier', `${BSN_SYSTEM}|${bsn}`]];
    for (const kind of ['Patient', 'RelatedPerson']) {
      const found = await engine.search(kind, identifier);
      const first = (found.hits ?? []).find((r) => bsnOf(r) === bsn);
      if (first) return `${kind}/${first.id}`;
    }
    return undefined;
  }

  // A fresh signing key per start: tokens of an earlier run are worthless anyway (memory storage).
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `k-${randomBytes(6).toString('hex')}`, use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: 'Mijn Zorgportaal',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: origins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: origins.flatMap((o) => [`${o}/uitgelogd`, `${o}/`]),
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    scopes: SCOPES,
    claims: { openid: ['sub'], fhirUser: ['fhirUser', 'name'], profile: ['name'] },
    // The portal uses the ID token's claims directly (no userinfo round trip needed).
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      RefreshToken: 8 * 3600,
    },
    issueRefreshToken: async (_ctx, client) => client.clientId === CLIENT_ID && client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    clientBasedCORS: (_ctx, origin) => allowedOrigins.has(origin),
    interactions: { url: (_ctx, interaction) => `${new URL(issuer).pathname}/interaction/${interaction.uid}` },
    // First-party client: whatever it asks for (of the known scopes) is granted without a consent page.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const accountId = oidc.session.accountId;
      if (!accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (!grant || grant.accountId !== accountId || grant.clientId !== oidc.client.clientId) {
        grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
      }
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
      if (oidc.requestParamClaims.size > 0) grant.addOIDCClaims([...oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const persona = byBsn.get(sub);
      if (!persona) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: persona.name, fhirUser: await fhirUserOf(sub) }),
      };
    },
    renderError,
  });
  provider.on('server_error', (_ctx, error) => console.error('oidc:', error));

  // Who passed step 1 of which interaction (uid → { bsn, at }).
  const passwordDone = new Map();
  const forget = () => {
    const old = Date.now() - 3600_000;
    for (const [uid, v] of passwordDone) if (v.at < old) passwordDone.delete(uid);
  };

  const mountPath = new URL(issuer).pathname; // "/oidc"
  const providerCallback = provider.callback();

  /** Handles a request whose path starts with the mount path. */
  async function handle(req, res, pathname) {
    const rest = pathname.slice(mountPath.length) || '/';
    const m = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/(login|sms|abort))?$/.exec(rest);
    if (m) return interaction(req, res, m[1], m[3]);
    // oidc-provider finds its mount path by comparing req.originalUrl with req.url (as under express).
    req.originalUrl = req.url;
    req.url = req.url.slice(mountPath.length) || '/';
    return providerCallback(req, res);
  }

  async function interaction(req, res, uid, step) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return sendHtml(res, 400, page('Inloggen niet gelukt', errorBody('Deze inlogpoging is verlopen of onbekend. Ga terug naar het portaal en log opnieuw in.')));
    }
    if (details.uid !== uid) {
      return sendHtml(res, 400, page('Inloggen niet gelukt', errorBody('Deze inlogpoging hoort niet bij deze pagina. Ga terug naar het portaal en log opnieuw in.')));
    }
    forget();
    if (req.method === 'GET' && step === undefined) {
      // Any prompt (login or, should it come, consent) starts at step 1.
      return passwordDone.has(uid) ? sendHtml(res, 200, smsPage(uid)) : sendHtml(res, 200, passwordPage(uid));
    }
    if (req.method !== 'POST' || step === undefined) {
      res.writeHead(405, { Allow: 'GET, POST' });
      return res.end();
    }
    let form;
    try {
      form = new URLSearchParams(await readBody(req, 16 * 1024));
    } catch {
      return sendHtml(res, 400, page('Inloggen niet gelukt', errorBody('Het formulier kon niet worden gelezen.')));
    }
    if (step === 'abort') {
      passwordDone.delete(uid);
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Inloggen afgebroken' },
        { mergeWithLastSubmission: false },
      );
    }
    if (step === 'login') {
      const persona = checkPassword(personas, form.get('username'), form.get('password'));
      if (!persona) {
        return sendHtml(res, 200, passwordPage(uid, { error: true, username: form.get('username') ?? '' }));
      }
      passwordDone.set(uid, { bsn: persona.bsn, at: Date.now() });
      return sendHtml(res, 200, smsPage(uid));
    }
    // step === 'sms'
    const done = passwordDone.get(uid);
    if (!done) return sendHtml(res, 200, passwordPage(uid));
    if (!checkCode(form.get('code'))) return sendHtml(res, 200, smsPage(uid, { error: true }));
    passwordDone.delete(uid);
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: done.bsn, amr: ['pwd', 'sms'] } },
      { mergeWithLastSubmission: false },
    );
  }

  /** The signed-in person's BSN for a valid access token of the portal, else null. */
  async function authenticate(token) {
    // find() checks the signature of the stored token, its expiry and, for
    // tokens bound to the provider session, that the session still exists.
    const accessToken = await provider.AccessToken.find(token);
    if (!accessToken || accessToken.clientId !== CLIENT_ID || !accessToken.accountId) return null;
    // find() allows the provider's clock tolerance (15 s) past `exp`; the
    // gateway holds to the token's lifetime exactly.
    if (accessToken.isExpired) return null;
    // As the userinfo endpoint: the grant must still exist (sign-out revokes it).
    const grant = await provider.Grant.find(accessToken.grantId);
    if (!grant || grant.clientId !== CLIENT_ID || grant.accountId !== accessToken.accountId) return null;
    if (!byBsn.has(accessToken.accountId)) return null;
    return { bsn: accessToken.accountId, scope: accessToken.scope };
  }

  const interactionBase = `${mountPath}/interaction`;

  function passwordPage(uid, { error = false, username = '' } = {}) {
    const invalid = error ? ' aria-invalid="true" aria-describedby="fout"' : '';
    return page(
      'Inloggen met DigiD – stap 1 van 2',
      `<h1>Inloggen met DigiD</h1>
<p class="test">Testomgeving: dit is niet de echte DigiD.</p>
<p>Stap 1 van 2: vul uw DigiD gebruikersnaam en wachtwoord in.</p>
${error ? '<div class="fout" id="fout" role="alert"><p>De gebruikersnaam of het wachtwoord is niet juist. Controleer ze en probeer het opnieuw.</p></div>' : ''}
<form method="post" action="${interactionBase}/${uid}/login">
  <div class="veld">
    <label for="username">DigiD gebruikersnaam</label>
    <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(username)}"${invalid}${error ? '' : ' autofocus'}>
  </div>
  <div class="veld">
    <label for="password">Wachtwoord</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${error ? ' autofocus' : ''}>
  </div>
  <button type="submit">Volgende</button>
</form>
${abortForm(uid)}
<p class="hint">Demo-accounts: sanne, emma of peter; wachtwoord ${DEMO_PASSWORD}; sms-code ${DEMO_SMS_CODE}.</p>`,
    );
  }

  function smsPage(uid, { error = false } = {}) {
    const invalid = error ? ' aria-invalid="true" aria-describedby="code-uitleg fout"' : ' aria-describedby="code-uitleg"';
    return page(
      'Inloggen met DigiD – stap 2 van 2',
      `<h1>Inloggen met DigiD</h1>
<p class="test">Testomgeving: dit is niet de echte DigiD.</p>
<p>Stap 2 van 2: we hebben u een sms gestuurd met een code van 6 cijfers.</p>
${error ? '<div class="fout" id="fout" role="alert"><p>De sms-code is niet juist. Controleer de code en probeer het opnieuw.</p></div>' : ''}
<form method="post" action="${interactionBase}/${uid}/sms">
  <div class="veld">
    <label for="code">Sms-code</label>
    <p id="code-uitleg" class="uitleg">6 cijfers, bijvoorbeeld 123456</p>
    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="12" required autofocus${invalid}>
  </div>
  <button type="submit">Inloggen</button>
</form>
${abortForm(uid)}`,
    );
  }

  function abortForm(uid) {
    return `<form method="post" action="${interactionBase}/${uid}/abort" class="annuleren"><button type="submit" class="secundair">Annuleren</button></form>`;
  }

  return { provider, handle, authenticate, fhirUserOf };
}

// ---------------------------------------------------------------------------
// Pages. Plain HTML, Dutch, one h1, labelled fields, errors announced
// (role="alert") and tied to their field (aria-describedby), no script.
// ---------------------------------------------------------------------------

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;background:#f3f3f3;color:#1a1a1a}
main{max-width:28rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-top:6px solid #e17000}
h1{font-size:1.6rem;margin-top:0}.veld{margin:1rem 0}label{display:block;font-weight:700}
input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #555}
input:focus,button:focus{outline:3px solid #1a1a1a;outline-offset:2px}
button{font:inherit;font-weight:700;padding:.6rem 1.2rem;border:2px solid #154273;background:#154273;color:#fff;cursor:pointer}
button.secundair{background:#fff;color:#154273}.annuleren{margin-top:1rem}
.fout{border-left:5px solid #b00020;background:#fdecee;padding:.25rem 1rem}.uitleg,.hint,.test{color:#444}
.test{font-weight:700}`;

function page(title, body, head = '') {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function errorBody(text) {
  return `<h1>Inloggen niet gelukt</h1>\n<p>${escapeHtml(text)}</p>`;
}

/** The sign-out confirmation: submits itself (one click less), with a button for browsers without script. */
async function logoutSource(ctx, form) {
  const nonce = randomBytes(16).toString('base64');
  ctx.set('Content-Security-Policy', `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; frame-ancestors 'none'`);
  ctx.type = 'html';
  ctx.body = page(
    'Uitloggen bij DigiD',
    `<h1>Uitloggen bij DigiD</h1>
<p>U wordt uitgelogd.</p>
${form}
<button id="uitloggen" type="submit" form="op.logoutForm" name="logout" value="yes">Uitloggen</button>
<script nonce="${nonce}">document.getElementById('uitloggen').click();</script>`,
  );
}

async function postLogoutSuccessSource(ctx) {
  ctx.type = 'html';
  ctx.body = page('Uitgelogd bij DigiD', '<h1>U bent uitgelogd</h1>\n<p>U bent uitgelogd bij DigiD. U kunt dit venster sluiten.</p>');
}

async function renderError(ctx, out) {
  ctx.type = 'html';
  const detail = [out.error, out.error_description].filter(Boolean).map(escapeHtml).join(': ');
  ctx.body = page(
    'Inloggen niet gelukt',
    `<h1>Inloggen niet gelukt</h1>\n<p>Er ging iets mis bij het inloggen. Ga terug naar het portaal en probeer het opnieuw.</p>\n<p class="uitleg">Technische melding: ${detail}</p>`,
  );
}
