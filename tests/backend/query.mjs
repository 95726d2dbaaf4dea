// Search parameters as the app's demo server understands them
// (src/demo/query.rs): which parameters exist, which JSON fields each one
// looks at, and how a value matches.
//
// The gateway uses this for three things:
//  - to refuse what the demo server refuses (an unknown parameter or
//    modifier is a 400, as on a strict server, instead of medplum's silent
//    "no matches");
//  - to evaluate what medplum's in-memory repository does not: the `:text`
//    modifier on tokens (`code:text=hemo`), and any parameter that FHIR R4
//    does not define for the resource type searched;
//  - `_sort` on a field that is not a search parameter of that type.

const PATIENT_PATHS = ['subject', 'patient', 'for', 'beneficiary', 'participant.actor', 'entity.what'];
const DATE_PATHS = [
  'date',
  'effectiveDateTime',
  'effectivePeriod.start',
  'start',
  'authoredOn',
  'authored',
  'recorded',
  'sent',
  'issued',
  'dateTime',
  'startDate',
];

/** Parameters that steer the result, not the match. */
export const CONTROL = new Set(['_count', '_offset', '_sort', '_include', '_summary', '_elements', '_total', '_format']);

/** The kind and JSON paths of a search parameter, or null when unknown. */
export function kindOf(param) {
  switch (param) {
    case 'patient':
    case 'subject':
      return { kind: 'reference', paths: PATIENT_PATHS };
    case '_id':
      return { kind: 'token', paths: ['id'] };
    case 'identifier':
    case 'status':
    case 'category':
    case 'code':
    case 'type':
    case 'specialty':
    case 'intent':
      return { kind: 'token', paths: [param] };
    case 'setting':
      return { kind: 'token', paths: ['context.practiceSetting'] };
    case 'date':
    case 'authored':
    case 'sent':
    case 'recorded':
      return { kind: 'date', paths: DATE_PATHS };
    case 'name':
    case 'title':
      return { kind: 'text', paths: ['name', 'title', 'name.text', 'name.family'] };
    case 'questionnaire':
    case 'focus':
    case 'sender':
    case 'recipient':
    case 'requester':
    case 'result':
      return { kind: 'reference', paths: [param] };
    case 'based-on':
      return { kind: 'reference', paths: ['basedOn'] };
    case 'part-of':
      return { kind: 'reference', paths: ['partOf'] };
    case 'in-response-to':
      return { kind: 'reference', paths: ['inResponseTo'] };
    case 'actor':
      return { kind: 'reference', paths: ['participant.actor', 'provision.actor.reference'] };
    default:
      return null;
  }
}

/** All values at a dotted path, stepping through lists. */
export function valuesAt(value, path) {
  let current = [value];
  for (const step of path.split('.')) {
    const next = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      const field = v[step];
      if (field === undefined) continue;
      if (Array.isArray(field)) next.push(...field);
      else next.push(field);
    }
    current = next;
  }
  return current;
}

function referenceMatches(value, wanted) {
  let text;
  if (typeof value === 'string') text = value;
  else if (value !== null && typeof value === 'object' && typeof value.reference === 'string') text = value.reference;
  else return false;
  if (text === wanted) return true;
  const slash = text.lastIndexOf('/');
  return slash >= 0 && text.slice(slash + 1) === wanted && !wanted.includes('/');
}

function tokenMatches(value, wanted) {
  const bar = wanted.indexOf('|');
  const system = bar >= 0 ? wanted.slice(0, bar) : null;
  const code = bar >= 0 ? wanted.slice(bar + 1) : wanted;
  const str = (v) => (typeof v === 'string' ? v : null);
  const pair = (sys, c) => c === code && (system === null ? true : system === '' ? sys === null : sys === system);
  if (typeof value === 'string') return system === null && value === code;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (Array.isArray(value.coding)) {
    return value.coding.some((c) => c !== null && typeof c === 'object' && pair(str(c.system), str(c.code)));
  }
  const sys = str(value.system);
  return pair(sys, str(value.code)) || pair(sys, str(value.value));
}

/** `:text` on a token: a case-insensitive part of `text` or of any `coding.display`. */
/** Lowercased, without the characters nobody sees (zero-width space and
 * joiners, word joiner, byte-order mark, soft hyphen): a name with one in
 * it is found, and a search with one in it finds. */
const searchable = (s) => s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').toLowerCase();

function tokenTextMatches(value, wanted) {
  const w = searchable(wanted);
  const contains = (v) => typeof v === 'string' && searchable(v).includes(w);
  if (value === null || typeof value !== 'object') return false;
  return contains(value.text) || (Array.isArray(value.coding) && value.coding.some((c) => contains(c?.display)));
}

function dateMatches(value, wanted) {
  if (typeof value !== 'string') return false;
  const hasPrefix = ['ge', 'le', 'gt', 'lt', 'eq'].includes(wanted.slice(0, 2));
  const prefix = hasPrefix ? wanted.slice(0, 2) : 'eq';
  const date = hasPrefix ? wanted.slice(2) : wanted;
  // Compare as far as both are written ("2026-03" against "2026-03-04…").
  const n = Math.min(date.length, value.length);
  const have = value.slice(0, n);
  const want = date.slice(0, n);
  switch (prefix) {
    case 'ge':
      return have >= want;
    case 'le':
      return have <= want;
    case 'gt':
      return have > want;
    case 'lt':
      return have < want;
    default:
      return have === want;
  }
}

// ASCII-only case folding, as Rust's to_ascii_lowercase.
const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function textMatches(value, wanted) {
  return typeof value === 'string' && asciiLower(value).includes(asciiLower(wanted));
}

const CHECKS = {
  reference: referenceMatches,
  token: tokenMatches,
  'token-text': tokenTextMatches,
  date: dateMatches,
  text: textMatches,
};

/**
 * Compiles search parameters ([name, value] pairs in order). Throws a
 * SearchError for an unknown parameter or modifier. The modifiers known are
 * `:text` and `:not` on a token parameter (`:not` matches a resource where
 * none of the codes is there, one without the element included); control
 * parameters keep theirs (`_include:iterate`).
 *
 * Returns { patient, tests }: `patient` is the id named by the last
 * `patient`/`subject` parameter ("Patient/" prefixes removed), or null; each
 * test is { name, modifier, kind, paths, alternatives }.
 */
export function compile(params) {
  let patient = null;
  const tests = [];
  for (const [fullName, value] of params) {
    const colon = fullName.indexOf(':');
    const name = colon >= 0 ? fullName.slice(0, colon) : fullName;
    const modifier = colon >= 0 ? fullName.slice(colon + 1) : null;
    if (CONTROL.has(name)) continue;
    const known = kindOf(name);
    if (!known) throw new SearchError(`Unknown search parameter: ${name}`);
    let { kind } = known;
    if (modifier !== null) {
      if (modifier === 'text' && kind === 'token') kind = 'token-text';
      else if (modifier === 'not' && kind === 'token') kind = 'token-not';
      else throw new SearchError(`Unsupported search modifier: ${fullName}`);
    }
    if (name === 'patient' || name === 'subject') {
      let id = value;
      while (id.startsWith('Patient/')) id = id.slice('Patient/'.length);
      patient = id;
    }
    tests.push({ name, modifier, kind, paths: known.paths, alternatives: value.split(',') });
  }
  return { patient, tests };
}

/** Whether `resource` passes one compiled test. */
export function passes(resource, test) {
  if (test.kind === 'token-not') {
    return !passes(resource, { ...test, kind: 'token' });
  }
  const check = CHECKS[test.kind];
  return test.alternatives.some((wanted) =>
    test.paths.some((path) => valuesAt(resource, path).some((v) => check(v, wanted))),
  );
}

/**
 * The value a resource sorts by for `_sort=field` (`date` means the
 * resource's main date); '' when it has none.
 */
export function sortKey(resource, field) {
  const paths = field === 'date' ? [...DATE_PATHS, field] : [field];
  for (const p of paths) {
    // The first value at the path, when it is text; else the next path.
    const first = valuesAt(resource, p)[0];
    if (typeof first === 'string') return first;
  }
  return '';
}

/** A search the server refuses as malformed (400). */
export class SearchError extends Error {}
