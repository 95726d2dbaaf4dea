// Who may open whose record: the Dutch age rules for representatives and the
// reading of authorizations from FHIR, ported from the app so the backend
// decides exactly as the in-browser demo server does:
//   - decide(), birthday/age      ← src/access.rs
//   - authorizationOf(), idOf()   ← src/fhir/model.rs (RelatedPerson::authorization, Reference::id_of)
//   - patientOf(), may-see, the write checks ← src/demo/server.rs
//
// Pure functions over plain JSON and day numbers (calendar.mjs): no I/O, so
// every rule is tested directly (enforcement.test.mjs).
//
// The rules (seeds 000, 001, DESIGN §3):
//  - under 12, a parent or guardian has access;
//  - from 12 to 16, only when the child co-signed the authorization;
//  - on the 16th birthday parental access ends, unless the child cannot decide
//    for themselves: then it lasts until the 18th birthday;
//  - curators, mentors and people authorized through DigiD Machtigen act
//    within the period of their authorization;
//  - a revoked authorization, or one whose period has not started or has
//    ended, gives no access.

import { birthday, parseDate } from './calendar.mjs';

export { age, birthday } from './calendar.mjs';

/** The portal's own extension and code-system base. */
export const PORTAL_BASE = 'https://portal.example.org/fhir/';
/** The Dutch citizen service number (BSN) identifier system. */
export const BSN_SYSTEM = 'http://fhir.nl/fhir/NamingSystem/bsn';
/** The code system of a representative's legal role. */
export const AUTHORIZATION_ROLE_SYSTEM = 'https://portal.example.org/fhir/CodeSystem/authorization-role';

/** Resource types without patient data: anyone signed in may read them. */
export const SHARED_TYPES = new Set([
  'Organization',
  'Practitioner',
  'PractitionerRole',
  'HealthcareService',
  'Location',
  'Questionnaire',
  // A product, not a patient's: what a prescription points to.
  'Medication',
]);

/** What the portal writes, and the field naming who wrote it: the only writes accepted. */
export const WRITES = new Map([
  ['Communication', 'sender'],
  ['Task', 'requester'],
  ['QuestionnaireResponse', 'author'],
  ['Consent', 'performer'],
]);

/** The legal roles of the `authorization-role` code system. */
export const ROLES = new Set(['parent', 'guardian', 'curator', 'mentor', 'authorized']);

/** Parents and guardians act for a child, so the age rules apply. */
export function actsForAMinor(role) {
  return role === 'parent' || role === 'guardian';
}

// ---------------------------------------------------------------------------
// decide(): the outcome of the rules for one authorization on one day.
//
// auth: { role, active, start, end, childSigned, incapable } with start/end
// day numbers or null; birth: day number or null; today: day number.
// Returns { allowed: true, ends: { on, reason } | null }
//      or { allowed: false, denial: { kind: 'revoked' }
//                                 | { kind: 'not-yet-valid', start }
//                                 | { kind: 'ended', on, reason } }.
// Reasons: 'twelfth-birthday', 'sixteenth-birthday', 'eighteenth-birthday', 'period-end'.
// ---------------------------------------------------------------------------

export function decide(auth, birth, today) {
  if (!auth.active) return { allowed: false, denial: { kind: 'revoked' } };
  if (auth.start != null && today < auth.start) {
    return { allowed: false, denial: { kind: 'not-yet-valid', start: auth.start } };
  }
  // Every day on which access would end; the first one counts.
  const endings = [];
  if (auth.end != null) {
    // The period's end is its last valid day.
    endings.push({ on: auth.end + 1, reason: 'period-end' });
  }
  if (actsForAMinor(auth.role)) {
    if (birth == null) {
      // Without a birth date the age rules cannot be checked: a parent's
      // access cannot be allowed blind.
      return { allowed: false, denial: { kind: 'ended', on: today, reason: 'sixteenth-birthday' } };
    }
    if (auth.incapable) {
      endings.push({ on: birthday(birth, 18), reason: 'eighteenth-birthday' });
    } else {
      endings.push({ on: birthday(birth, 16), reason: 'sixteenth-birthday' });
      if (!auth.childSigned) endings.push({ on: birthday(birth, 12), reason: 'twelfth-birthday' });
    }
  }
  // The earliest; on a tie the one pushed first (as Rust's min_by_key).
  let first = null;
  for (const e of endings) if (first === null || e.on < first.on) first = e;
  if (first !== null && today >= first.on) {
    return { allowed: false, denial: { kind: 'ended', on: first.on, reason: first.reason } };
  }
  return { allowed: true, ends: first };
}

// ---------------------------------------------------------------------------
// Reading Patient and RelatedPerson the way the app's decoders do.
//
// The app decodes with hand-written readers (src/fhir/json.rs): a missing or
// null field is empty, unknown fields are ignored, and a field of the wrong
// type makes the whole resource undecodable — which the demo server then
// treats as "grants nothing". `decodes()` checks the same shapes so a
// malformed record is refused here too, never half-read.
// ---------------------------------------------------------------------------

const TEXT = 'text';
const BOOL = 'bool';
const Reference = { reference: TEXT, display: TEXT };
const Coding = { system: TEXT, code: TEXT, display: TEXT };
const CodeableConcept = { coding: [Coding], text: TEXT };
const Identifier = { system: TEXT, value: TEXT };
const HumanName = { use: TEXT, text: TEXT, family: TEXT, given: [TEXT], prefix: [TEXT] };
const Extension = { url: TEXT, valueBoolean: BOOL, valueString: TEXT, valueReference: Reference };
const Period = { start: TEXT, end: TEXT };
const ContactPoint = { system: TEXT, value: TEXT };
const Address = { line: [TEXT], postalCode: TEXT, city: TEXT };

const SHAPES = {
  Patient: {
    id: TEXT,
    identifier: [Identifier],
    name: [HumanName],
    birthDate: TEXT,
    telecom: [ContactPoint],
    address: [Address],
    generalPractitioner: [Reference],
    extension: [Extension],
  },
  RelatedPerson: {
    id: TEXT,
    active: BOOL,
    patient: Reference,
    identifier: [Identifier],
    name: [HumanName],
    relationship: [CodeableConcept],
    period: Period,
    extension: [Extension],
  },
};

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fits(value, shape) {
  if (shape === TEXT) return typeof value === 'string';
  if (shape === BOOL) return typeof value === 'boolean';
  if (Array.isArray(shape)) return Array.isArray(value) && value.every((item) => fits(item, shape[0]));
  if (!isObject(value)) return false;
  for (const [key, inner] of Object.entries(shape)) {
    const field = value[key];
    if (field === undefined || field === null) continue;
    if (!fits(field, inner)) return false;
  }
  return true;
}

/** Whether `resource` is a `type` the app could decode (Patient or RelatedPerson). */
export function decodes(resource, type) {
  return isObject(resource) && resource.resourceType === type && fits(resource, SHAPES[type]);
}

function present(v) {
  return v === undefined || v === null ? undefined : v;
}

/** The BSN: the value of the first BSN identifier (Patient and RelatedPerson). */
export function bsnOf(resource) {
  const list = present(resource?.identifier) ?? [];
  const found = list.find((i) => present(i?.system) === BSN_SYSTEM);
  return present(found?.value) ?? null;
}

/** A Patient's birth date as a day number, when it is a full date. */
export function birthOf(patient) {
  return parseDate(present(patient?.birthDate));
}

/**
 * The id when `reference` (a Reference object) names a resource of `kind`:
 * relative, absolute or versioned (`…/Patient/emma/_history/3`).
 */
export function idOf(reference, kind) {
  const text = present(reference?.reference);
  if (typeof text !== 'string') return null;
  const s = text.split('/');
  const n = s.length;
  let type;
  let id;
  if (n >= 4 && s[n - 2] === '_history') [type, id] = [s[n - 4], s[n - 3]];
  else if (n >= 2) [type, id] = [s[n - 2], s[n - 1]];
  else return null;
  return type === kind && id !== '' ? id : null;
}

/** An extension of the portal by its last path segment (`child-signed`). */
function portalExtension(extensions, name) {
  return (present(extensions) ?? []).find((e) => {
    const url = present(e?.url) ?? '';
    return url.startsWith(PORTAL_BASE) && url.slice(PORTAL_BASE.length) === `StructureDefinition/${name}`;
  });
}

/**
 * The authorization a RelatedPerson grants, for decide(); null when it names
 * no role the portal knows or its period cannot be read: such a record grants
 * nothing. The role is the code of the first coding in the authorization-role
 * system (in relationship order); an unknown code there grants nothing.
 */
export function authorizationOf(rp) {
  if (!decodes(rp, 'RelatedPerson')) return null;
  let code = null;
  for (const concept of present(rp.relationship) ?? []) {
    const coding = (present(concept.coding) ?? []).find((c) => present(c.system) === AUTHORIZATION_ROLE_SYSTEM);
    const found = present(coding?.code);
    if (found !== undefined) {
      code = found;
      break;
    }
  }
  if (code === null || !ROLES.has(code)) return null;
  const flag = (name) => present(portalExtension(rp.extension, name)?.valueBoolean) === true;
  const period = present(rp.period) ?? {};
  let start = null;
  let end = null;
  if (present(period.start) !== undefined) {
    start = parseDate(period.start);
    if (start === null) return null;
  }
  if (present(period.end) !== undefined) {
    end = parseDate(period.end);
    if (end === null) return null;
  }
  return {
    role: code,
    active: present(rp.active) ?? true,
    start,
    end,
    childSigned: flag('child-signed'),
    incapable: flag('incapable'),
  };
}

// ---------------------------------------------------------------------------
// Whose record a resource is in, and who may see it.
// ---------------------------------------------------------------------------

function asPatient(reference) {
  const text = reference?.reference;
  return typeof text === 'string' && text.startsWith('Patient/') ? text.slice('Patient/'.length) : null;
}

/**
 * The id of the patient whose record `resource` belongs to: a Patient's own
 * id, else the first relative `Patient/…` reference in subject, patient, for,
 * beneficiary, participant[].actor or entity[].what.
 */
export function patientOf(resource) {
  if (!isObject(resource)) return null;
  if (resource.resourceType === 'Patient') return typeof resource.id === 'string' ? resource.id : null;
  for (const key of ['subject', 'patient', 'for', 'beneficiary']) {
    const id = asPatient(resource[key]);
    if (id !== null) return id;
  }
  for (const [list, field] of [
    ['participant', 'actor'],
    ['entity', 'what'],
  ]) {
    const items = Array.isArray(resource[list]) ? resource[list] : [];
    for (const item of items) {
      const id = asPatient(item?.[field]);
      if (id !== null) return id;
    }
  }
  return null;
}

/**
 * Whether the person with `bsn` may see the record of `patient` on `today`:
 * their own, or one they hold a valid authorization for. `authorizations` are
 * the RelatedPersons that name that BSN (any patient; filtered here).
 */
export function maySeePatient({ bsn, patient, authorizations, today }) {
  if (!bsn || !decodes(patient, 'Patient')) return false;
  if (bsnOf(patient) === bsn) return true;
  const patientId = patient.id;
  const birth = birthOf(patient);
  return authorizations.some((rp) => {
    if (!decodes(rp, 'RelatedPerson') || bsnOf(rp) !== bsn) return false;
    if (idOf(rp.patient, 'Patient') !== patientId) return false;
    const auth = authorizationOf(rp);
    return auth !== null && decide(auth, birth, today).allowed;
  });
}

/**
 * Whether `author` (the record behind an author/sender reference) is the
 * signed-in person acting for `patientId`: their own Patient, or their
 * RelatedPerson for that patient.
 */
export function isViewer({ bsn, kind, author, patientId }) {
  if (!bsn || !author) return false;
  if (kind === 'Patient') return decodes(author, 'Patient') && bsnOf(author) === bsn;
  if (kind === 'RelatedPerson') {
    return decodes(author, 'RelatedPerson') && bsnOf(author) === bsn && idOf(author.patient, 'Patient') === patientId;
  }
  return false;
}

/**
 * The author of a write: `kind` and `id` of the reference in the write's
 * author field (the first one when it is a list), or null.
 */
export function authorOf(resource, kind) {
  const field = WRITES.get(kind);
  if (!field) return null;
  let author = resource[field];
  if (Array.isArray(author)) author = author[0];
  const ref = author?.reference;
  if (typeof ref !== 'string') return null;
  const slash = ref.indexOf('/');
  if (slash < 0) return null;
  return { kind: ref.slice(0, slash), id: ref.slice(slash + 1) };
}
