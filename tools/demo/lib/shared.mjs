// Builds shared.json: Organizations, Locations, HealthcareServices,
// Practitioners, PractitionerRoles and Questionnaires, and the lookup tables
// (displays, specialisms) that the patient builders use.
import { CS, SNOMED, ref, fail } from './fhir.mjs';

function telecom(phone, email) {
  const out = [{ system: 'phone', value: phone, use: 'work' }];
  if (email) out.push({ system: 'email', value: email, use: 'work' });
  return out;
}

function address(a) {
  return [{ use: 'work', line: a.line, postalCode: a.postalCode, city: a.city, country: 'NL' }];
}

/** The specialty CodeableConcept of a specialism (SNOMED when exact, plus the portal's own code). */
export function specialtyConcept(svc) {
  const coding = [];
  if (svc.snomed) coding.push({ system: SNOMED, code: svc.snomed[0], display: svc.snomed[1] });
  coding.push({ system: `${CS}specialism`, code: svc.id.replace(/^svc-/, ''), display: svc.name });
  return { coding, text: svc.name };
}

const slug = (practitionerId) => practitionerId.replace(/^prac-/, '');

export function buildShared(src) {
  const { organizations, organizationKinds, locations, services, practitioners, generalPractice, questionnaires } = src;
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const svcs = new Map(services.map((s) => [s.id, s]));
  const pracs = new Map(practitioners.map((p) => [p.id, p]));
  const locs = new Map(locations.map((l) => [l.id, l]));
  const org = (id, where) => orgs.get(id) ?? fail(where, `unknown organization "${id}"`);
  const gpService = { id: `svc-${generalPractice.code}`, name: generalPractice.name, snomed: generalPractice.snomed };

  const lookups = {
    orgs, svcs, pracs, locs,
    org,
    svc: (id, where) => svcs.get(id) ?? fail(where, `unknown specialism "${id}"`),
    prac: (id, where) => pracs.get(id) ?? fail(where, `unknown practitioner "${id}"`),
    loc: (id, where) => locs.get(id) ?? fail(where, `unknown location "${id}"`),
    questionnaire: (id, where) => questionnaires.find((q) => q.id === id) ?? fail(where, `unknown questionnaire "${id}"`),
    /** "Dr. M. de Groot" */
    pracName: (p) => [p.prefix, `${p.given[0]}.`, p.family].filter(Boolean).join(' '),
    /** "Dr. M. de Groot, kinderlongarts" */
    pracDisplay: (p) => `${lookups.pracName(p)}, ${p.title}`,
    /** "Dr. M. de Groot, kinderlongarts (Kinderlongziekten)" */
    roleDisplay: (p) => `${lookups.pracDisplay(p)} (${p.service ? svcs.get(p.service).name : generalPractice.name})`,
    roleId: (p) => `role-${slug(p.id)}`,
    /** The specialism of a practitioner (GPs: general practice). */
    pracService: (p) => (p.service ? svcs.get(p.service) : gpService),
  };

  const resources = [];
  for (const o of organizations) {
    if (!organizationKinds[o.kind]) fail(o.id, `unknown organization kind "${o.kind}"`);
    const r = {
      resourceType: 'Organization',
      id: o.id,
      active: true,
      type: [{ coding: [{ system: `${CS}organization-kind`, code: o.kind, display: organizationKinds[o.kind] }] }],
      name: o.name,
      telecom: telecom(o.phone, o.email),
      address: address(o.address),
    };
    if (o.partOf) r.partOf = ref('Organization', o.partOf, org(o.partOf, o.id).name);
    resources.push(r);
  }
  for (const l of locations) {
    const o = org(l.org, l.id);
    resources.push({
      resourceType: 'Location',
      id: l.id,
      status: 'active',
      name: l.name,
      mode: 'instance',
      telecom: [{ system: 'phone', value: l.phone, use: 'work' }],
      address: address(o.address)[0],
      managingOrganization: ref('Organization', o.id, o.name),
    });
  }
  for (const s of services) {
    const o = org(s.org, s.id);
    const r = {
      resourceType: 'HealthcareService',
      id: s.id,
      active: true,
      providedBy: ref('Organization', o.id, o.name),
      specialty: [specialtyConcept(s)],
      location: [ref('Location', s.location, lookups.loc(s.location, s.id).name)],
      name: s.name,
      telecom: [{ system: 'phone', value: s.phone, use: 'work' }],
    };
    resources.push(r);
  }
  for (const p of practitioners) {
    const o = org(p.org, p.id);
    const name = { use: 'official', text: lookups.pracName(p), family: p.family, given: [p.given] };
    if (p.prefix) name.prefix = [p.prefix];
    resources.push({ resourceType: 'Practitioner', id: p.id, active: true, name: [name], gender: p.gender });
    const svc = lookups.pracService(p);
    const role = {
      resourceType: 'PractitionerRole',
      id: lookups.roleId(p),
      active: true,
      practitioner: ref('Practitioner', p.id, lookups.pracDisplay(p)),
      organization: ref('Organization', o.id, o.name),
      code: [{ text: p.title }],
      specialty: [specialtyConcept(svc)],
    };
    if (p.service) role.healthcareService = [ref('HealthcareService', p.service, svc.name)];
    resources.push(role);
  }
  for (const q of questionnaires) resources.push(buildQuestionnaire(q));
  return { resources, lookups };
}

function buildItem(item, where) {
  const out = { linkId: item.linkId, text: item.text, type: item.type };
  if (item.enableWhen) {
    const [question, answer] = item.enableWhen;
    const key = typeof answer === 'boolean' ? 'answerBoolean' : fail(where, 'enableWhen supports booleans only');
    out.enableWhen = [{ question, operator: '=', [key]: answer }];
  }
  if (item.required) out.required = true;
  if (item.type === 'choice') {
    out.answerOption = item.options.map(([code, display]) => ({
      valueCoding: { system: `${CS}questionnaire-answer`, code, display },
    }));
  }
  if (item.items) out.item = item.items.map((i) => buildItem(i, where));
  return out;
}

function buildQuestionnaire(q) {
  const kinds = { questionnaire: 'Vragenlijst', diary: 'Dagboek' };
  if (!kinds[q.kind]) fail(q.id, `kind must be "questionnaire" or "diary"`);
  return {
    resourceType: 'Questionnaire',
    id: q.id,
    name: q.id.replace(/^q-/, '').replace(/-/g, '_'),
    title: q.title,
    status: 'active',
    subjectType: ['Patient'],
    description: q.description,
    code: [{ system: `${CS}questionnaire-kind`, code: q.kind, display: kinds[q.kind] }],
    item: q.items.map((i) => buildItem(i, q.id)),
  };
}

