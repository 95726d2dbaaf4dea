// Asks the running test backend what it holds, as a signed-in account would
// see it (the sign-in goes through the DigiD stand-in like the portal's).
//
//   node tests/backend/ask.mjs sanne 'Communication?patient=emma&_sort=-sent&_count=3'
//
// Prints each resource found (newest first for that search) as JSON.
// Env: BACKEND_URL (http://127.0.0.1:8787), PORTAL_ORIGIN (http://127.0.0.1:8080).

import { signIn } from './flow.mjs';

const [user, search] = process.argv.slice(2);
if (!user || !search) {
  console.error("usage: node tests/backend/ask.mjs <sanne|emma|peter> '<Type>?<search>'");
  process.exit(2);
}
const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:8787';
const origin = process.env.PORTAL_ORIGIN ?? 'http://127.0.0.1:8080';
try {
  const { access_token: token } = await signIn(backend, user, { origin });
  const answer = await fetch(`${backend}/fhir/${search.replace(/^\/+/, '')}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' },
  });
  const body = await answer.json();
  if (!answer.ok) {
    console.error(`${answer.status}: ${JSON.stringify(body)}`);
    process.exit(1);
  }
  const found = body.resourceType === 'Bundle' ? (body.entry ?? []).map((e) => e.resource) : [body];
  console.log(JSON.stringify(found, null, 2));
} catch (error) {
  console.error(`The backend at ${backend} did not answer: ${error.message}`);
  process.exit(1);
}
