// Builders for a patient's own resources (everything but documents and
// measurements): Patient, RelatedPerson, Consent, Goal, MedicationRequest,
// Appointment, Communication, QuestionnaireResponse, AuditEvent.
import { ATC, BSN_SYSTEM, CS, EXT, LOINC, V3_ROLE, dedent, fail, ref } from './fhir.mjs';
import { addMinutes, dateOf, instant } from './dates.mjs';
import { specialtyConcept } from './shared.mjs';
import { makePdf } from './pdf.mjs';

const fullName = (p) => `${p.given} ${p.family}`;

function humanName(p) {
  return [{ use: 'official', text: fullName(p), family: p.family, given: [p.given] }];
}

export function buildPatient(p, L) {
  const gp = L.org(p.gp, p.id);
  const pharmacy = L.org(p.pharmacy, p.id);
  if (gp.kind !== 'gp') fail(p.id, `generalPractitioner ${gp.id} is not of kind gp`);
  if (pharmacy.kind !== 'pharmacy') fail(p.id, `preferred pharmacy ${pharmacy.id} is not of kind pharmacy`);
  return {
    resourceType: 'Patient',
    id: p.id,
    extension: [{ url: `${EXT}preferred-pharmacy`, valueReference: ref('Organization', pharmacy.id, pharmacy.name) }],
    identifier: [{ system: BSN_SYSTEM, value: p.bsn }],
    active: true,
    name: humanName(p),
    telecom: [
      { system: 'phone', value: p.phone, use: 'mobile' },
      { system: 'email', value: p.email, use: 'home' },
    ],
    gender: p.gender,
    birthDate: p.birthDate,
    address: [{ use: 'home', line: p.address.line, postalCode: p.address.postalCode, city: p.address.city, country: 'NL' }],
    generalPractitioner: [ref('Organization', gp.id, gp.name)],
  };
}

const ROLE_DISPLAY = { parent: 'Ouder', guardian: 'Voogd', curator: 'Curator', mentor: 'Mentor', authorized: 'Gemachtigde' };

export function buildRelatedPerson(a, representatives, relationCodes, patientsById) {
  const rep = representatives[a.by] ?? fail(a.id, `unknown representative "${a.by}"`);
  const patient = patientsById.get(a.patient) ?? fail(a.id, `unknown patient "${a.patient}"`);
  if (!ROLE_DISPLAY[a.role]) fail(a.id, `unknown authorization role "${a.role}"`);
  if (!relationCodes[a.relation]) fail(a.id, `unknown relation code "${a.relation}"`);
  const extension = [];
  if (a.childSigned !== undefined) extension.push({ url: `${EXT}child-signed`, valueBoolean: a.childSigned });
  if (a.incapable !== undefined) extension.push({ url: `${EXT}incapable`, valueBoolean: a.incapable });
  if (a.revocationReason) extension.push({ url: `${EXT}revocation-reason`, valueString: a.revocationReason });
  const r = { resourceType: 'RelatedPerson', id: a.id };
  if (extension.length) r.extension = extension;
  r.identifier = [{ system: BSN_SYSTEM, value: rep.bsn }];
  r.active = a.active ?? true;
  r.patient = ref('Patient', patient.id, fullName(patient));
  r.relationship = [
    {
      coding: [
        { system: V3_ROLE, code: a.relation, display: relationCodes[a.relation] },
        { system: `${CS}authorization-role`, code: a.role, display: ROLE_DISPLAY[a.role] },
      ],
      text: a.text,
    },
  ];
  r.name = humanName(rep);
  r.period = a.end ? { start: a.start, end: a.end } : { start: a.start };
  return r;
}

/** Objection to access by the GP (seed 004). */
export function buildConsents(patient, consents, L) {
  return consents.map((c, i) => {
    const where = `${patient.id}.consents[${i}]`;
    const org = L.org(c.deny, where);
    return {
      resourceType: 'Consent',
      id: `${patient.id}-consent-${i + 1}`,
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
      category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }], text: 'Bezwaar inzage huisarts' }],
      patient: ref('Patient', patient.id),
      dateTime: instant(c.date),
      performer: [ref('Patient', patient.id, fullName(patient))],
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT', display: 'opt-out' }], text: c.text },
      provision: {
        type: 'deny',
        period: { start: dateOf(c.date) },
        actor: [
          {
            role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
            reference: ref('Organization', org.id, org.name),
          },
        ],
      },
    };
  });
}

const ACHIEVEMENT = {
  'in-progress': 'In Progress', improving: 'Improving', worsening: 'Worsening', 'no-change': 'No Change',
  achieved: 'Achieved', sustaining: 'Sustaining', 'not-achieved': 'Not Achieved', 'no-progress': 'No Progress',
  'not-attainable': 'Not Attainable',
};
const LIFECYCLE = ['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'rejected'];

// A goal's target: its due date, and what is measured and aimed at when the
// source says so (`aim: { measure, value, unit }` or `{ measure, low, high, unit }`).
function goalTarget(g) {
  const target = { dueDate: g.due };
  if (!g.aim) return target;
  const quantity = (value) => ({ value, unit: g.aim.unit, system: 'http://unitsofmeasure.org', code: g.aim.unit });
  target.measure = { text: g.aim.measure };
  if (g.aim.value !== undefined) target.detailQuantity = quantity(g.aim.value);
  else target.detailRange = { low: quantity(g.aim.low), high: quantity(g.aim.high) };
  return target;
}

export function buildGoals(patient, goals, L) {
  return goals.map((g, i) => {
    const where = `${patient.id}.goals[${i}]`;
    if (!LIFECYCLE.includes(g.status)) fail(where, `lifecycle status "${g.status}"`);
    if (!ACHIEVEMENT[g.achievement]) fail(where, `achievement "${g.achievement}"`);
    const by = L.prac(g.by, where);
    const r = {
      resourceType: 'Goal',
      id: `${patient.id}-goal-${i + 1}`,
      lifecycleStatus: g.status,
      achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: g.achievement, display: ACHIEVEMENT[g.achievement] }] },
      description: { text: g.text },
      subject: ref('Patient', patient.id),
      startDate: g.start,
      target: [goalTarget(g)],
      expressedBy: ref('Practitioner', by.id, L.pracDisplay(by)),
    };
    if (g.note) r.note = [{ text: g.note }];
    return r;
  });
}

const MED_STATUS = ['active', 'stopped', 'completed', 'on-hold', 'cancelled'];

export function buildMedications(patient, meds, L) {
  return meds.map((m, i) => {
    const where = `${patient.id}.medications[${i}] (${m.name})`;
    if (!MED_STATUS.includes(m.status)) fail(where, `status "${m.status}"`);
    if (m.status !== 'stopped' && m.stopReason) fail(where, 'stopReason on a medicine that is not stopped');
    const by = L.prac(m.by, where);
    const r = {
      resourceType: 'MedicationRequest',
      id: `${patient.id}-med-${i + 1}`,
      status: m.status,
    };
    if (m.stopReason) r.statusReason = { text: m.stopReason };
    r.intent = 'order';
    r.medicationCodeableConcept = m.atc
      ? { coding: [{ system: ATC, code: m.atc, display: m.atcName ?? m.name }], text: m.name }
      : { text: m.name };
    r.subject = ref('Patient', patient.id);
    r.authoredOn = m.since;
    r.requester = ref('PractitionerRole', L.roleId(by), L.roleDisplay(by));
    if (m.reason) r.reasonCode = [{ text: m.reason }];
    const d = m.dose;
    const dosage = d.text === undefined ? {} : { text: d.text };
    if (d.frequency) dosage.timing = { repeat: { frequency: d.frequency, period: d.period ?? 1, periodUnit: d.periodUnit ?? 'd' } };
    if (d.asNeeded) dosage.asNeededBoolean = true;
    if (d.route) dosage.route = { text: d.route };
    if (d.value !== undefined) dosage.doseAndRate = [{ doseQuantity: { value: d.value, unit: d.unit } }];
    r.dosageInstruction = [dosage];
    if (m.repeats !== undefined) r.dispenseRequest = { numberOfRepeatsAllowed: m.repeats };
    if (m.until) r.dispenseRequest = { ...(r.dispenseRequest ?? {}), validityPeriod: { start: m.since, end: m.until } };
    return r;
  });
}

const APPT_STATUS = ['proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow'];

export function buildAppointments(patient, appointments, L) {
  return appointments.map((a, i) => {
    const where = `${patient.id}.appointments[${i}] (${a.description})`;
    if (!APPT_STATUS.includes(a.status)) fail(where, `status "${a.status}"`);
    const svc = L.svc(a.service, where);
    const date = dateOf(a.start);
    const time = a.start.trim().slice(11, 16);
    const r = { resourceType: 'Appointment', id: `${patient.id}-appt-${i + 1}`, status: a.status };
    if (a.status === 'cancelled') r.cancelationReason = { text: a.cancelReason ?? 'Afgezegd' };
    r.specialty = [specialtyConcept(svc)];
    r.description = a.description;
    r.start = instant(a.start);
    r.end = instant(`${date} ${addMinutes(date, time, a.minutes)}`);
    r.minutesDuration = a.minutes;
    if (a.comment) r.comment = a.comment;
    const participant = [
      { actor: ref('Patient', patient.id, fullName(patient)), status: a.status === 'proposed' ? 'needs-action' : 'accepted' },
    ];
    if (a.with) {
      const p = L.prac(a.with, where);
      participant.push({ actor: ref('Practitioner', p.id, L.pracDisplay(p)), status: 'accepted' });
    }
    const locationId = a.location === undefined ? svc.location : a.location;
    if (locationId) {
      const loc = L.loc(locationId, where);
      participant.push({ actor: ref('Location', loc.id, loc.name), status: 'accepted' });
    }
    participant.push({ actor: ref('HealthcareService', svc.id, svc.name), status: 'accepted' });
    r.participant = participant;
    return r;
  });
}

/**
 * E-consult threads. `from`: 'patient', a RelatedPerson id (someone writing
 * for the patient) or a practitioner id (a reply from the care provider).
 */
export function buildThreads(patient, threads, L, relatedById) {
  const out = [];
  threads.forEach((t, ti) => {
    const svc = L.svc(t.service, `${patient.id}.threads[${ti}]`);
    let previous = null;
    t.messages.forEach((m, mi) => {
      const where = `${patient.id}.threads[${ti}].messages[${mi}]`;
      const id = `${patient.id}-msg-${ti + 1}-${mi + 1}`;
      let sender;
      let recipient;
      if (m.from === 'patient') {
        sender = ref('Patient', patient.id, fullName(patient));
        recipient = [ref('HealthcareService', svc.id, svc.name)];
      } else if (relatedById.has(m.from)) {
        const rp = relatedById.get(m.from);
        if (rp.patient.reference !== `Patient/${patient.id}`) fail(where, `${m.from} does not act for ${patient.id}`);
        sender = ref('RelatedPerson', rp.id, `${rp.name[0].text} (${rp.relationship[0].text.toLowerCase()})`);
        recipient = [ref('HealthcareService', svc.id, svc.name)];
      } else {
        const p = L.prac(m.from, where);
        sender = ref('PractitionerRole', L.roleId(p), L.roleDisplay(p));
        recipient = [ref('Patient', patient.id, fullName(patient))];
      }
      const r = {
        resourceType: 'Communication',
        id,
        status: 'completed',
        subject: ref('Patient', patient.id),
        topic: { text: t.topic },
        sent: instant(m.sent),
        sender,
        recipient,
        payload: [{ contentString: dedent(m.text) }],
      };
      // Files sent with the message (a one-page PDF) and records it points to.
      for (const a of m.attachments ?? []) {
        const bytes = makePdf({ title: a.title, heading: a.title, body: dedent(a.text) });
        r.payload.push({ contentAttachment: { contentType: 'application/pdf', data: bytes.toString('base64'), size: bytes.length, title: a.title } });
      }
      for (const to of m.refers ?? []) r.payload.push({ contentReference: ref(to.type, to.id, to.display) });
      if (previous) r.inResponseTo = [ref('Communication', previous)];
      previous = id;
      out.push(r);
    });
  });
  return out;
}

function answerValue(item, value, where) {
  switch (item.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail(where, `${item.linkId} wants true/false`);
      return { valueBoolean: value };
    case 'integer':
      if (!Number.isInteger(value)) fail(where, `${item.linkId} wants an integer`);
      return { valueInteger: value };
    case 'decimal':
      if (typeof value !== 'number') fail(where, `${item.linkId} wants a number`);
      return { valueDecimal: value };
    case 'string':
    case 'text':
      if (typeof value !== 'string') fail(where, `${item.linkId} wants text`);
      return { valueString: value };
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(where, `${item.linkId} wants YYYY-MM-DD`);
      return { valueDate: value };
    case 'choice': {
      const option = item.options.find(([code]) => code === value) ?? fail(where, `${item.linkId}: "${value}" is not an answer option`);
      return { valueCoding: { system: `${CS}questionnaire-answer`, code: option[0], display: option[1] } };
    }
    default:
      return fail(where, `${item.linkId} (${item.type}) takes no answer`);
  }
}

/** Nests flat answers ({linkId: value}) the way the questionnaire nests its items. */
function answerItems(items, answers, used, where, completed) {
  const out = [];
  for (const item of items) {
    if (item.type === 'group') {
      const children = answerItems(item.items, answers, used, where, completed);
      if (children.length) out.push({ linkId: item.linkId, text: item.text, item: children });
      continue;
    }
    if (item.type === 'display') continue;
    const enabled = !item.enableWhen || answers[item.enableWhen[0]] === item.enableWhen[1];
    if (!(item.linkId in answers)) {
      if (completed && item.required && enabled) fail(where, `completed response lacks required "${item.linkId}"`);
      continue;
    }
    if (!enabled) fail(where, `"${item.linkId}" is answered but not enabled`);
    used.add(item.linkId);
    out.push({ linkId: item.linkId, text: item.text, answer: [answerValue(item, answers[item.linkId], where)] });
  }
  return out;
}

export function buildResponses(patient, responses, L, relatedById) {
  return responses.map((q, i) => {
    const where = `${patient.id}.questionnaires[${i}] (${q.questionnaire})`;
    const questionnaire = L.questionnaire(q.questionnaire, where);
    if (!['in-progress', 'completed'].includes(q.status)) fail(where, `status "${q.status}"`);
    const r = {
      resourceType: 'QuestionnaireResponse',
      id: `${patient.id}-qr-${i + 1}`,
      questionnaire: `Questionnaire/${questionnaire.id}`,
      status: q.status,
      subject: ref('Patient', patient.id),
    };
    if (q.authored) r.authored = instant(q.authored);
    if (q.author) {
      if (q.author === 'patient') r.author = ref('Patient', patient.id, fullName(patient));
      else {
        const rp = relatedById.get(q.author) ?? fail(where, `unknown author "${q.author}"`);
        r.author = ref('RelatedPerson', rp.id, rp.name[0].text);
      }
    }
    const answers = q.answers ?? {};
    const used = new Set();
    const items = answerItems(questionnaire.items, answers, used, where, q.status === 'completed');
    for (const key of Object.keys(answers)) if (!used.has(key)) fail(where, `unknown question "${key}"`);
    if (q.status === 'completed' && !items.length) fail(where, 'completed without answers');
    if (items.length) r.item = items;
    return r;
  });
}

/** Who looked at the record. `who`: a practitioner, organization or RelatedPerson id. */
export function buildAudit(patient, events, L, relatedById, byId) {
  return events.map((e, i) => {
    const where = `${patient.id}.audit[${i}]`;
    let who;
    if (L.pracs.has(e.who)) {
      const p = L.pracs.get(e.who);
      who = ref('Practitioner', p.id, `${L.pracName(p)} (${p.title})`);
    } else if (L.orgs.has(e.who)) {
      who = ref('Organization', e.who, L.orgs.get(e.who).name);
    } else if (relatedById.has(e.who)) {
      const rp = relatedById.get(e.who);
      who = ref('RelatedPerson', rp.id, `${rp.name[0].text} (${rp.relationship[0].text.toLowerCase()})`);
    } else fail(where, `unknown viewer "${e.who}"`);
    const target = byId.get(e.what) ?? fail(where, `unknown record "${e.what}"`);
    const observer = L.orgs.get(e.via ?? 'org-linde');
    return {
      resourceType: 'AuditEvent',
      id: `${patient.id}-audit-${i + 1}`,
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'RESTful Operation' },
      subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read', display: 'read' }],
      action: 'R',
      recorded: instant(e.date),
      outcome: '0',
      agent: [{ who, requestor: true }],
      source: { observer: ref('Organization', observer.id, e.channel ?? `${observer.name} – elektronisch patiëntendossier`) },
      entity: [
        { what: ref('Patient', patient.id, fullName(patient)), role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' } },
        { what: ref(target.resourceType, target.id, describe(target)), role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '3', display: 'Report' } },
      ],
    };
  });
}

/** A short Dutch description of a record for audit displays. */
function describe(r) {
  switch (r.resourceType) {
    case 'DocumentReference': {
      const cat = r.category[0].coding[0].code;
      const kind = cat === 'letter' ? 'Brief' : cat === 'referral' ? 'Verwijzing' : 'Verslag';
      return `${kind}: ${r.description}`;
    }
    case 'DiagnosticReport':
      return `Uitslag: ${r.code.text}`;
    case 'MedicationRequest':
      return `Medicijn: ${r.medicationCodeableConcept.text}`;
    case 'Appointment':
      return `Afspraak: ${r.description}`;
    case 'QuestionnaireResponse':
      return 'Ingevulde vragenlijst';
    case 'Observation':
      return `Uitslag: ${r.code.text}`;
    default:
      return r.resourceType;
  }
}
