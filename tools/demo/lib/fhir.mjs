// Small helpers shared by the builders: systems, URLs, references, codings,
// text handling.

export const PORTAL = 'https://portal.example.org/fhir/';
export const EXT = `${PORTAL}StructureDefinition/`;
export const CS = `${PORTAL}CodeSystem/`;
export const BSN_SYSTEM = 'http://fhir.nl/fhir/NamingSystem/bsn';
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const ATC = 'http://www.whocc.no/atc';
export const V3_ROLE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const V3_ACT = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const V3_INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** Strips the common indentation of a template literal and the blank first/last lines. */
export function dedent(text) {
  const lines = String(text).replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent).trimEnd()).join('\n');
}

export const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

export function ref(type, id, display) {
  return display ? { reference: `${type}/${id}`, display } : { reference: `${type}/${id}` };
}

export function loinc(code, display, text) {
  const concept = { coding: [{ system: LOINC, code, display }] };
  if (text) concept.text = text;
  return concept;
}

/** Number rounded to `decimals` places (no float noise in the JSON). */
export function round(value, decimals) {
  return Number(value.toFixed(decimals));
}

/** "7,5" — a Dutch decimal for texts. */
export function nl(value, decimals) {
  return value.toFixed(decimals).replace('.', ',');
}

/** Fails the build with a message that says where. */
export function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}
