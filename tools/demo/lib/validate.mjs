// Checks the whole output before anything is written: every resource has a
// resourceType and a well-formed id, no Type/id occurs twice, every
// reference "Type/id" resolves, every BSN passes the 11-proof, and patient
// resources in a patient's bundle point to that patient.
import { BSN_SYSTEM } from './fhir.mjs';

/** The Dutch 11-proof for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). */
export function elfproef(bsn) {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0 && bsn !== '000000000';
}

const ID = /^[a-z0-9-]{1,64}$/;
const REFERENCE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})$/;

function walk(node, path, visit) {
  if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      visit(k, v, `${path}.${k}`);
      walk(v, `${path}.${k}`, visit);
    }
  }
}

/**
 * `files`: [{name, bundle, patient?}] (patient = the id of the bundle's
 * Patient). `personas`: [{username, bsn}]. Returns a list of error messages.
 */
export function validate(files, personas = []) {
  const errors = [];
  const seen = new Map();
  const all = [];
  for (const { name, bundle } of files) {
    if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection' || !Array.isArray(bundle.entry)) {
      errors.push(`${name}: not a Bundle of type collection with entry[]`);
      continue;
    }
    bundle.entry.forEach((e, i) => {
      const r = e.resource;
      const where = `${name} entry[${i}]`;
      if (!r || typeof r.resourceType !== 'string' || !r.resourceType) return errors.push(`${where}: resource lacks resourceType`);
      if (typeof r.id !== 'string' || !r.id) return errors.push(`${where}: ${r.resourceType} lacks id`);
      if (!ID.test(r.id)) errors.push(`${where}: id "${r.id}" is not lowercase [a-z0-9-]`);
      const key = `${r.resourceType}/${r.id}`;
      if (seen.has(key)) errors.push(`${where}: duplicate id ${key} (also in ${seen.get(key)})`);
      else seen.set(key, where);
      all.push({ name, where, r });
    });
  }
  const bsns = new Set();
  const patientOf = new Map(files.map((f) => [f.name, f.patient]));
  for (const { name, where, r } of all) {
    const at = `${where} ${r.resourceType}/${r.id}`;
    walk(r, '', (key, value, path) => {
      // A Reference's "reference" string; Consent.provision.actor.reference
      // is itself a Reference object, whose string is visited one level down.
      if (key === 'reference' && !(value && typeof value === 'object' && !Array.isArray(value))) {
        if (typeof value !== 'string') return errors.push(`${at}${path}: reference is not a string`);
        const m = value.match(REFERENCE);
        if (!m) return errors.push(`${at}${path}: reference "${value}" is not of the form Type/id`);
        if (!seen.has(value)) errors.push(`${at}${path}: reference "${value}" does not resolve to a resource in the output`);
      }
    });
    if (r.resourceType === 'QuestionnaireResponse' && !seen.has(r.questionnaire)) {
      errors.push(`${at}.questionnaire: "${r.questionnaire}" does not resolve`);
    }
    for (const ident of r.identifier ?? []) {
      if (ident.system === BSN_SYSTEM) {
        if (!elfproef(ident.value)) errors.push(`${at}: BSN "${ident.value}" fails the 11-proof`);
        if (r.resourceType === 'Patient') bsns.add(ident.value);
        if (r.resourceType === 'RelatedPerson') bsns.add(ident.value);
      }
    }
    const owner = patientOf.get(name);
    if (owner) {
      const subject = r.subject?.reference ?? r.patient?.reference;
      if (r.resourceType !== 'Patient' && subject && subject !== `Patient/${owner}`) {
        errors.push(`${at}: belongs to ${subject} but sits in the bundle of Patient/${owner}`);
      }
      if (r.resourceType === 'Patient' && r.id !== owner) errors.push(`${at}: a second Patient in the bundle of ${owner}`);
    }
  }
  for (const p of personas) {
    if (!elfproef(p.bsn)) errors.push(`personas.json ${p.username}: BSN "${p.bsn}" fails the 11-proof`);
    else if (!bsns.has(p.bsn)) errors.push(`personas.json ${p.username}: BSN ${p.bsn} is neither a Patient nor a representative`);
  }
  return errors;
}
