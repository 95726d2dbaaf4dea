// Builders for the Dutch basic data set sections (BgZ): Condition
// (problems), AllergyIntolerance, Immunization, and scores of questionnaires
// filled in on paper or at the clinic (Observation, category survey), which
// belong to no lab report.
import { ATC, LOINC, OBS_CATEGORY, SNOMED, fail, ref } from './fhir.mjs';
import { instant } from './dates.mjs';

const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const ALLERGY_CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const ALLERGY_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

const coded = (system, code) => ({ coding: [{ system, code }] });

export function buildConditions(patient, conditions, L) {
  return conditions.map((c, i) => {
    const where = `${patient.id}.conditions[${i}] (${c.text})`;
    if (!['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'].includes(c.status)) fail(where, `status "${c.status}"`);
    if (c.status === 'resolved' && !c.until) fail(where, 'a resolved problem wants "until"');
    const by = L.prac(c.by, where);
    const r = {
      resourceType: 'Condition',
      id: `${patient.id}-condition-${i + 1}`,
      clinicalStatus: coded(CONDITION_CLINICAL, c.status),
      verificationStatus: coded(CONDITION_VERIFICATION, c.verification ?? 'confirmed'),
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }],
      code: c.snomed ? { coding: [{ system: SNOMED, code: c.snomed, display: c.text }], text: c.text } : { text: c.text },
      subject: ref('Patient', patient.id),
      onsetDateTime: c.since,
    };
    if (c.until) r.abatementDateTime = c.until;
    r.recordedDate = c.since;
    r.recorder = ref('PractitionerRole', L.roleId(by), L.roleDisplay(by));
    if (c.note) r.note = [{ text: c.note }];
    return r;
  });
}

export function buildAllergies(patient, allergies, L) {
  return allergies.map((a, i) => {
    const where = `${patient.id}.allergies[${i}] (${a.substance})`;
    if (!['low', 'high', 'unable-to-assess'].includes(a.criticality)) fail(where, `criticality "${a.criticality}"`);
    if (!['food', 'medication', 'environment', 'biologic'].includes(a.category)) fail(where, `category "${a.category}"`);
    const by = L.prac(a.by, where);
    const r = {
      resourceType: 'AllergyIntolerance',
      id: `${patient.id}-allergy-${i + 1}`,
      clinicalStatus: coded(ALLERGY_CLINICAL, a.status ?? 'active'),
      verificationStatus: coded(ALLERGY_VERIFICATION, a.verification ?? 'confirmed'),
      type: a.type ?? 'allergy',
      category: [a.category],
      criticality: a.criticality,
      code: a.snomed ? { coding: [{ system: SNOMED, code: a.snomed, display: a.substance }], text: a.substance } : { text: a.substance },
      patient: ref('Patient', patient.id),
      onsetDateTime: a.since,
      recordedDate: a.since,
      recorder: ref('PractitionerRole', L.roleId(by), L.roleDisplay(by)),
    };
    if (a.reactions) {
      r.reaction = a.reactions.map((x) => {
        const reaction = { manifestation: x.what.map((text) => ({ text })) };
        if (x.severity) reaction.severity = x.severity;
        return reaction;
      });
    }
    if (a.note) r.note = [{ text: a.note }];
    return r;
  });
}

/** The vaccines of the National Immunisation Programme, by short name: ATC code and name. */
const VACCINES = {
  'DKTP-Hib-HepB': ['J07CA09', 'DKTP-Hib-HepB (difterie, kinkhoest, tetanus, polio, Hib, hepatitis B)'],
  Pneu: ['J07AL02', 'Pneumokokken'],
  BMR: ['J07BD52', 'BMR (bof, mazelen, rodehond)'],
  MenC: ['J07AH07', 'Meningokokken C'],
  MenACWY: ['J07AH08', 'Meningokokken ACWY'],
  DKTP: ['J07CA02', 'DKTP (difterie, kinkhoest, tetanus, polio)'],
  DTP: ['J07CA01', 'DTP (difterie, tetanus, polio)'],
  HPV: ['J07BM02', 'HPV (humaan papillomavirus)'],
  Griep: ['J07BB02', 'Griepvaccin'],
};

export function buildImmunizations(patient, vaccinations) {
  return vaccinations.map((v, i) => {
    const where = `${patient.id}.vaccinations[${i}] (${v.vaccine})`;
    const [atc, name] = VACCINES[v.vaccine] ?? fail(where, `unknown vaccine "${v.vaccine}"`);
    const r = {
      resourceType: 'Immunization',
      id: `${patient.id}-immunization-${i + 1}`,
      status: v.notGiven ? 'not-done' : 'completed',
    };
    if (v.notGiven) r.statusReason = { coding: [{ system: ACT_REASON, code: 'MEDPREC', display: 'medical precaution' }], text: v.notGiven };
    r.vaccineCode = { coding: [{ system: ATC, code: atc, display: name }], text: name };
    r.patient = ref('Patient', patient.id);
    r.occurrenceDateTime = v.date;
    r.primarySource = !v.reported;
    if (v.by) r.performer = [{ actor: { display: v.by } }];
    if (v.dose) r.protocolApplied = [{ series: v.series ?? v.vaccine, doseNumberPositiveInt: v.dose }];
    return r;
  });
}

/** Questionnaire scores the portal shows under "Vragenlijstscores en overige". */
const SCORES = {
  phq9: [LOINC, '44261-6', 'PHQ-9 totaalscore (depressieve klachten)', '{score}'],
  gad7: [LOINC, '70274-6', 'GAD-7 totaalscore (angstklachten)', '{score}'],
  pain: [LOINC, '72514-3', 'Pijnscore (0–10)', '{score}'],
  act: [LOINC, '82674-3', 'Astma Controle Test voor kinderen (C-ACT)', '{score}'],
};

export function buildScores(patient, scores, L) {
  return scores.map((s, i) => {
    const where = `${patient.id}.scores[${i}]`;
    const [system, code, text, unit] = SCORES[s.kind] ?? fail(where, `unknown score "${s.kind}"`);
    const by = L.prac(s.by, where);
    const r = {
      resourceType: 'Observation',
      id: `${patient.id}-score-${i + 1}`,
      status: 'final',
      category: [{ coding: [{ system: OBS_CATEGORY, code: 'survey', display: 'Survey' }] }],
      code: { coding: [{ system, code, display: text }], text },
      subject: ref('Patient', patient.id),
      effectiveDateTime: instant(s.date),
      performer: [ref('PractitionerRole', L.roleId(by), L.roleDisplay(by))],
      valueQuantity: { value: s.value, system: 'http://unitsofmeasure.org', code: unit },
    };
    if (s.note) r.note = [{ text: s.note }];
    return r;
  });
}
