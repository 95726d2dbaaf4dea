// The gateway in front of the FHIR engine, at /fhir: on every request it
// checks the bearer token, then applies the same access rules as the app's
// in-browser demo server (src/demo/server.rs), so the portal behaves the
// same in demo mode and connected mode, and a page that forgets a check
// still cannot show what it must not.
//
// What it answers:
//  - read `Type/id`, search `Type?…` (`_count`, `_offset`, `_summary=count`, `next` links,
//    `_sort`, `_include`), create (POST, with `If-None-Exist`), update (PUT);
//  - 401 without a valid access token; 403 for a patient the signed-in
//    person may not see, for a write the portal never makes, or with someone
//    else as author; 400 for a malformed request; 409 for a change to a sent
//    questionnaire.
// Refusals are one generic OperationOutcome per cause: they never name the
// patient or the resource, and a resource of another patient is refused the
// same way whether or not it exists.

import { validateResource } from '@medplum/core';

import { BodyTooLarge, operationOutcome, readBody, sendJson } from './http.mjs';
import { ID_PATTERN, TYPE_PATTERN } from './fhir.mjs';
import { compile, SearchError, valuesAt } from './query.mjs';
import {
  authorOf,
  BSN_SYSTEM,
  bsnOf,
  isViewer,
  maySeePatient,
  patientOf,
  SHARED_TYPES,
  WRITES,
} from './rules.mjs';

const NO_ACCESS = 'No access to this patient';
/** Search parameter → element path for `_include`, where they differ (as src/demo/server.rs). */
const INCLUDE_PATHS = {
  'Appointment:actor': 'participant.actor',
  'Observation:has-member': 'hasMember',
  'Immunization:performer': 'performer.actor',
  'MedicationRequest:medication': 'medicationReference',
};
const NAME_A_PATIENT = 'A search must name a patient';
const NOT_WRITABLE = 'The portal may not write this';
const NOT_THE_AUTHOR = 'The author must be the signed-in person or their authorization';

/** Headers a browser may send cross-origin, and those it may read back. */
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Exist, If-Match, Accept, Prefer';
const EXPOSED_HEADERS = 'Location, ETag, Content-Location, Last-Modified, WWW-Authenticate';

/** Percent-encodes a query component as the app does (src/fhir/search.rs): `|`, `,` and `:` stay. */
export function encodeComponent(text) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~|,:]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Query parameters in order, decoded (`+` is a space). */
export function parseQuery(raw) {
  return [...new URLSearchParams(raw ?? '')];
}

function firstValue(params, name) {
  return params.find(([k]) => k === name)?.[1];
}

/** `_count`/`_offset` as the demo server reads them: a whole number, else the default. */
function wholeNumber(text, fallback) {
  return typeof text === 'string' && /^\+?[0-9]+$/.test(text) ? Number(text) : fallback;
}

/**
 * What one signed-in person may see, looked up as needed and remembered for
 * the length of one request.
 */
class Viewer {
  constructor(engine, bsn, today) {
    this.engine = engine;
    this.bsn = bsn;
    this.today = today;
    this.seen = new Map();
    this.authorizationList = null;
  }

  /** Every RelatedPerson naming this person's BSN (for any patient). */
  async authorizations() {
    if (this.authorizationList === null) {
      const found = await this.engine.search('RelatedPerson', [['identifier', `${BSN_SYSTEM}|${this.bsn}`]]);
      this.authorizationList = found.hits ?? [];
    }
    return this.authorizationList;
  }

  /** Whether this person may see the record of patient `id` today. */
  async maySee(id) {
    if (typeof id !== 'string') return false;
    if (!this.seen.has(id)) {
      const patient = await this.engine.read('Patient', id);
      const allowed =
        patient !== null &&
        maySeePatient({ bsn: this.bsn, patient, authorizations: await this.authorizations(), today: this.today });
      this.seen.set(id, allowed);
    }
    return this.seen.get(id);
  }

  /** Whether `resource` (of type `kind`) may be shown: shared, or in a record this person may see. */
  async visible(resource, kind) {
    if (SHARED_TYPES.has(kind)) return true;
    return this.maySee(patientOf(resource));
  }

  /** Whether `kind/id` is this person acting for `patientId`. */
  async is(kind, id, patientId) {
    if (kind !== 'Patient' && kind !== 'RelatedPerson') return false;
    const author = await this.engine.read(kind, id);
    return isViewer({ bsn: this.bsn, kind, author, patientId });
  }
}

/**
 * @param {object} options
 * @param {import('./fhir.mjs').FhirEngine} options.engine
 * @param {(token: string) => Promise<{ bsn: string } | null>} options.authenticate
 * @param {string[]} options.origins  portal origins allowed by CORS
 * @param {number} options.today      day number the rules are applied on
 * @param {string} options.base       public base URL of the FHIR endpoint (for links)
 * @param {object} options.smart      SMART configuration (issuer endpoints)
 */
export function createGateway({ engine, authenticate, origins, today, base, smart }) {
  const allowed = new Set(origins);
  // Writes are checked and stored one at a time, so two conditional creates
  // sent at once cannot both find nothing and both store.
  let writing = Promise.resolve();
  const serially = (task) => {
    const run = writing.then(task, task);
    writing = run.catch(() => {});
    return run;
  };

  /** The base for links: as the caller addressed us when that is this machine, else the configured one. */
  function publicBase(req) {
    const host = req.headers.host;
    if (typeof host === 'string' && /^(127\.0\.0\.1|localhost|\[::1\]):[0-9]{1,5}$/.test(host)) {
      return `http://${host}/fhir`;
    }
    return base;
  }

  function corsHeaders(req) {
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !allowed.has(origin)) return { Vary: 'Origin' };
    return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' };
  }

  async function handle(req, res, pathname, rawQuery) {
    const cors = corsHeaders(req);
    const reply = (status, body, headers = {}) => sendJson(res, status, body, { ...cors, ...headers });
    const refuse = (status, text, headers = {}) => reply(status, operationOutcome(status, text), headers);
    try {
      if (req.method === 'OPTIONS') {
        if (!cors['Access-Control-Allow-Origin']) {
          res.writeHead(403, { Vary: 'Origin', 'Content-Length': 0 });
          res.end();
          return;
        }
        res.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          'Content-Length': 0,
        });
        res.end();
        return;
      }
      const segments = pathname.split('/').filter(Boolean).map(safeDecode);
      if (segments.includes(null)) return refuse(400, 'The address is not valid');

      // Public: what a SMART client reads before signing in.
      if (req.method === 'GET' && segments.length === 1 && segments[0] === 'metadata') {
        return reply(200, capabilityStatement(smart));
      }
      if (req.method === 'GET' && segments.join('/') === '.well-known/smart-configuration') {
        return sendJson(res, 200, smart, cors, 'application/json');
      }

      const token = bearerToken(req.headers.authorization);
      if (token === undefined) return refuse(401, 'Not signed in', { 'WWW-Authenticate': 'Bearer' });
      const session = token === null ? null : await authenticate(token);
      if (!session) {
        return refuse(401, 'The access token is not valid or has expired', {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        });
      }
      const viewer = new Viewer(engine, session.bsn, today);
      const [kind, id, ...rest] = segments;
      if (kind === undefined || rest.length > 0) return refuse(405, 'Not supported by this server');
      if (!TYPE_PATTERN.test(kind)) return refuse(400, 'Unknown resource type');

      if (req.method === 'GET' && id !== undefined) return await read(viewer, kind, id, reply, refuse);
      if (req.method === 'GET') return await search(viewer, kind, parseQuery(rawQuery), publicBase(req), reply, refuse);
      if (req.method === 'POST' && id === undefined) {
        const body = await readBody(req);
        return await serially(() => create(viewer, kind, body, req.headers['if-none-exist'], publicBase(req), reply, refuse));
      }
      if (req.method === 'PUT' && id !== undefined) {
        const body = await readBody(req);
        const ifMatch = req.headers['if-match'];
        return await serially(() => update(viewer, kind, id, body, ifMatch, reply, refuse));
      }
      return refuse(405, 'Not supported by this server');
    } catch (error) {
      if (error instanceof SearchError) return refuse(400, error.message);
      if (error instanceof BodyTooLarge) return refuse(413, 'The request is too large');
      console.error('gateway:', error);
      if (!res.headersSent) return refuse(500, 'The server could not answer');
      res.end();
    }
  }

  async function read(viewer, kind, id, reply, refuse) {
    const resource = ID_PATTERN.test(id) ? await engine.read(kind, id) : null;
    if (SHARED_TYPES.has(kind)) {
      return resource ? reply(200, resource, versionHeaders(resource)) : refuse(404, 'Not found');
    }
    // Missing and not visible answer alike: a refusal says nothing about existence.
    if (!resource || !(await viewer.visible(resource, kind))) return refuse(403, NO_ACCESS);
    return reply(200, resource, versionHeaders(resource));
  }

  async function search(viewer, kind, params, linkBase, reply, refuse) {
    const { patient } = compile(params); // throws SearchError (400) for unknown parameters
    // The identifier search of the sign-in: the viewer's own Patient and RelatedPersons.
    const ownSearch =
      (kind === 'Patient' || kind === 'RelatedPerson') && firstValue(params, 'identifier') === `${BSN_SYSTEM}|${viewer.bsn}`;
    const shared = SHARED_TYPES.has(kind);
    if (!shared && !ownSearch) {
      if (patient === null) return refuse(403, NAME_A_PATIENT);
      if (!(await viewer.maySee(patient))) return refuse(403, NO_ACCESS);
    }
    const result = await engine.search(kind, params);
    if (result.status !== 200) return refuse(400, 'The search is not valid');
    let hits = result.hits;
    if (!shared && !ownSearch) {
      // Stricter than the demo server: a match in another record (e.g. an
      // AuditEvent whose agent is this patient) is left out, not shown.
      const keep = await Promise.all(hits.map((r) => viewer.visible(r, kind)));
      hits = hits.filter((_, i) => keep[i]);
    }
    const count = Math.min(Math.max(wholeNumber(firstValue(params, '_count'), 50), 1), 500);
    const offset = wholeNumber(firstValue(params, '_offset'), 0);
    const total = hits.length;
    // How many, nothing else (FHIR R4 search, `_summary=count`).
    if (firstValue(params, '_summary') === 'count') return reply(200, { resourceType: 'Bundle', type: 'searchset', total });
    const page = hits.slice(offset, offset + count);
    const entry = page.map((r) => ({ fullUrl: `${linkBase}/${r.resourceType}/${r.id}`, resource: r, search: { mode: 'match' } }));
    for (const included of await includes(viewer, kind, page, params)) {
      entry.push({ fullUrl: `${linkBase}/${included.resourceType}/${included.id}`, resource: included, search: { mode: 'include' } });
    }
    const link = [{ relation: 'self', url: pageLink(linkBase, kind, params, offset) }];
    if (offset + count < total) link.push({ relation: 'next', url: pageLink(linkBase, kind, params, offset + count) });
    return reply(200, { resourceType: 'Bundle', type: 'searchset', total, link, entry });
  }

  /**
   * `_include=Type:field` (or `Type:field:TargetType`): the resources `field`
   * references, one reference or a list (`DiagnosticReport:result`), or a
   * canonical (`QuestionnaireResponse.questionnaire` = "Questionnaire/<id>").
   * An include for another source type is ignored; so is a target the viewer
   * may not see, except the patient of the viewer's own authorization: that
   * one comes as a subset (name and birth date, tagged SUBSETTED), so a
   * representative whose access ended learns why.
   */
  async function includes(viewer, source, page, params) {
    const out = [];
    const key = (r) => `${r.resourceType}/${r.id}`;
    const have = new Set(page.map(key));
    // `_include:iterate` also follows what was included (a panel's members,
    // and theirs); four levels is more than any record has.
    const specs = params
      .filter(([name]) => name === '_include' || name === '_include:iterate')
      .map(([name, value]) => ({ iterate: name === '_include:iterate', parts: value.split(':') }));
    let round = page;
    for (let depth = 0; depth < 4 && round.length > 0; depth += 1) {
      const added = [];
      for (const { iterate, parts: [from, field, targetType] } of specs) {
        if ((depth > 0 && !iterate) || field === undefined) continue;
        // Search parameter → element path, where they differ.
        const path = INCLUDE_PATHS[`${from}:${field}`] ?? field;
        for (const resource of round) {
          if (resource.resourceType !== from) continue;
          for (const ref of valuesAt(resource, path)) {
            const text = typeof ref === 'string' ? ref : typeof ref?.reference === 'string' ? ref.reference : null;
            const slash = text?.indexOf('/') ?? -1;
            if (slash < 0) continue;
            const [kind, id] = [text.slice(0, slash), text.slice(slash + 1)];
            if (targetType !== undefined && targetType !== kind) continue;
            if (!TYPE_PATTERN.test(kind)) continue;
            const target = await engine.read(kind, id);
            if (target === null) continue;
            let shown = null;
            if (await viewer.visible(target, kind)) shown = target;
            else if (kind === 'Patient' && source === 'RelatedPerson' && bsnOf(resource) === viewer.bsn) {
              shown = {
                resourceType: 'Patient',
                id,
                name: target.name ?? null,
                birthDate: target.birthDate ?? null,
                meta: { tag: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' }] },
              };
            }
            if (shown !== null && !have.has(key(shown))) {
              have.add(key(shown));
              added.push(shown);
            }
          }
        }
      }
      out.push(...added);
      round = added;
    }
    return out;
  }

  /**
   * Checks a write: JSON of the type in the URL, one the portal makes, for a
   * patient the viewer may see, naming the viewer as its author (their own
   * Patient, or their RelatedPerson for that patient). Returns
   * { resource, patient } or { refusal: [status, text] }.
   */
  async function checkWrite(viewer, kind, body) {
    let resource;
    try {
      resource = JSON.parse(body);
    } catch {
      return { refusal: [400, 'The body is not JSON'] };
    }
    if (resource === null || typeof resource !== 'object' || Array.isArray(resource) || resource.resourceType !== kind) {
      return { refusal: [400, 'resourceType does not match the URL'] };
    }
    if (!WRITES.has(kind)) return { refusal: [403, NOT_WRITABLE] };
    const patient = patientOf(resource);
    if (patient === null || !(await viewer.maySee(patient))) return { refusal: [403, NO_ACCESS] };
    const author = authorOf(resource, kind);
    if (author === null || !(await viewer.is(author.kind, author.id, patient))) return { refusal: [403, NOT_THE_AUTHOR] };
    // Valid FHIR R4 only: medplum's in-memory repository stores whatever it
    // is given, and one malformed resource could break every later search of
    // its type. The issues are about the sender's own body.
    try {
      validateResource(resource);
    } catch (error) {
      const issues = (error?.outcome?.issue ?? []).map((i) => {
        const where = (i.expression ?? []).join(', ');
        return `${i.details?.text ?? i.diagnostics ?? 'invalid'}${where ? ` (${where})` : ''}`;
      });
      return { refusal: [400, `The resource is not valid FHIR: ${issues.slice(0, 5).join('; ') || 'invalid'}`] };
    }
    return { resource, patient };
  }

  async function create(viewer, kind, body, condition, linkBase, reply, refuse) {
    const checked = await checkWrite(viewer, kind, body);
    if (checked.refusal) return refuse(...checked.refusal);
    const { resource } = checked;
    if (typeof condition === 'string' && condition !== '') {
      // `If-None-Exist: identifier=system|value`: a retried send is stored once.
      const params = condition
        .split('&')
        .filter((p) => p.includes('='))
        .map((p) => {
          const eq = p.indexOf('=');
          return [decodeLoose(p.slice(0, eq)), decodeLoose(p.slice(eq + 1))];
        });
      compile(params); // unknown parameters are a 400, as in a search
      const found = await engine.search(kind, params);
      if (found.status !== 200) return refuse(400, 'The condition is not valid');
      for (const existing of found.hits) {
        // Only a match the viewer may see counts: another record's resource
        // with the same key is neither returned nor a reason to refuse.
        if (await viewer.visible(existing, kind)) return reply(200, existing, versionHeaders(existing, linkBase));
      }
    }
    // The server assigns the id (medplum's repository would keep one sent in the body).
    delete resource.id;
    if (resource.meta && typeof resource.meta === 'object') {
      delete resource.meta.versionId;
      delete resource.meta.lastUpdated;
    }
    const stored = await engine.create(resource);
    if (stored.status !== 201) return refuse(400, 'The resource could not be stored');
    return reply(201, stored.body, versionHeaders(stored.body, linkBase));
  }

  /** Update: only of an existing resource the viewer may see, staying in the same record; a completed questionnaire is final. */
  async function update(viewer, kind, id, body, ifMatch, reply, refuse) {
    const checked = await checkWrite(viewer, kind, body);
    if (checked.refusal) return refuse(...checked.refusal);
    const { resource, patient } = checked;
    if (resource.id !== id) return refuse(400, 'The id in the body does not match the URL');
    const current = ID_PATTERN.test(id) ? await engine.read(kind, id) : null;
    // Missing, not visible, or in another record: refused alike (no existence leak).
    if (current === null || !(await viewer.visible(current, kind)) || patientOf(current) !== patient) {
      return refuse(403, NO_ACCESS);
    }
    if (kind === 'QuestionnaireResponse' && current.status === 'completed') {
      return refuse(409, 'A completed questionnaire cannot be changed');
    }
    const stored = await engine.update(resource, ifMatch);
    if (stored.status === 412) return refuse(412, 'The resource was changed since it was read');
    if (stored.status !== 200) return refuse(400, 'The resource could not be stored');
    return reply(200, stored.body, versionHeaders(stored.body));
  }

  return { handle };
}

/** The token of `Authorization: Bearer <token>`; undefined when absent, null when malformed. */
function bearerToken(header) {
  if (header === undefined || header === '') return undefined;
  const m = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  return m ? m[1] : null;
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Decodes percent-encoding and `+`; a broken escape stays as written (as the app's `decode`). */
function decodeLoose(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text.replace(/\+/g, ' ');
  }
}

function versionHeaders(resource, linkBase) {
  const headers = {};
  const version = resource?.meta?.versionId;
  if (version) headers.ETag = `W/"${version}"`;
  if (resource?.meta?.lastUpdated) headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  if (linkBase && version) headers.Location = `${linkBase}/${resource.resourceType}/${resource.id}/_history/${version}`;
  return headers;
}

/** A search page's address: the same parameters with `_offset` set (as the demo server's self_link). */
function pageLink(linkBase, kind, params, offset) {
  const kept = params.filter(([k]) => k !== '_offset').concat([['_offset', String(offset)]]);
  return `${linkBase}/${kind}?${kept.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v)}`).join('&')}`;
}

function capabilityStatement(smart) {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-11-01',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: smart.authorization_endpoint },
                { url: 'token', valueUri: smart.token_endpoint },
              ],
            },
          ],
        },
      },
    ],
  };
}
