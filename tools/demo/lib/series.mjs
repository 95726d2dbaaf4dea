// Measurements (vital signs) and laboratory results drawn from readable
// series descriptions with a seeded PRNG, plus radiology reports.
import { LOINC, OBS_CATEGORY, UCUM, V3_INTERPRETATION, dedent, fail, nl, ref, round } from './fhir.mjs';
import { addDays, ageInYears, ageOn, clock, instant, spread } from './dates.mjs';
import { prng } from './prng.mjs';

const VITAL_IDS = { weight: 'weight', height: 'height', bmi: 'bmi', bloodPressure: 'bp', heartRate: 'hr', temperature: 'temp', saturation: 'spo2' };

/** Dates of a series: an explicit list, or {from, to, count, jitter}; plus `at` extra dates. */
function seriesDates(spec, rng, where) {
  let dates;
  if (Array.isArray(spec.dates)) dates = [...spec.dates];
  else if (spec.dates && spec.dates.from) dates = spread(rng, spec.dates.from, spec.dates.to, spec.dates.count, spec.dates.jitter ?? 10);
  else fail(where, 'dates must be a list or {from, to, count}');
  for (const d of Object.keys(spec.at ?? {})) if (!dates.includes(d)) dates.push(d);
  return [...new Set(dates)].sort();
}

/** Linear interpolation in a table of [x, y]. */
function interpolate(table, x) {
  if (x <= table[0][0]) return table[0][1];
  for (let i = 1; i < table.length; i++) {
    if (x <= table[i][0]) {
      const [x0, y0] = table[i - 1];
      const [x1, y1] = table[i];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return table[table.length - 1][1];
}

/**
 * The value of a model at step i of n: a number (constant), [start, end]
 * (linear trend) or {values: [...]} (explicit, one per date). Constants and
 * trends get seeded noise added; explicit values are used as written.
 */
function modelValue(model, i, n, where) {
  if (typeof model === 'number') return model;
  if (Array.isArray(model)) return n === 1 ? model[0] : model[0] + ((model[1] - model[0]) * i) / (n - 1);
  if (model && Array.isArray(model.values)) {
    if (model.values.length !== n) fail(where, `${model.values.length} values for ${n} dates`);
    return model.values[i];
  }
  return fail(where, 'value model must be a number, [start, end] or {values}');
}

function quantity(value, def) {
  return { value: round(value, def.decimals), unit: def.unit, system: UCUM, code: def.ucum };
}

export function buildVitals(patient, specs, catalog, growth) {
  const out = [];
  const weights = new Map();
  for (const spec of specs) {
    const where = `${patient.id}.vitals (${spec.kind})`;
    const def = catalog[spec.kind] ?? fail(where, `unknown measurement "${spec.kind}"`);
    const rng = prng(`${patient.id}:${spec.kind}`);
    let dates;
    if (spec.kind === 'bmi') {
      if (!weights.size) fail(where, 'bmi comes after a weight series');
      dates = [...weights.keys()];
    } else dates = seriesDates(spec, rng, where);
    if (dates.length < 10 || dates.length > 25) fail(where, `${dates.length} points (10–25 wanted)`);
    const n = dates.length;
    dates.forEach((date, i) => {
      const id = `${patient.id}-${VITAL_IDS[spec.kind]}-${i + 1}`;
      const time = clock(rng, '08:30', '16:30');
      const r = {
        resourceType: 'Observation',
        id,
        status: 'final',
        category: [{ coding: [{ system: OBS_CATEGORY, code: 'vital-signs', display: 'Vital Signs' }] }],
        code: { coding: [{ system: LOINC, code: def.loinc, display: def.display }], text: def.text },
        subject: ref('Patient', patient.id),
        effectiveDateTime: instant(`${date} ${time}`),
      };
      const fixed = spec.at?.[date];
      const noise = (sd) => (spec.noise ?? sd) * rng.normal();
      if (spec.kind === 'bloodPressure') {
        const sys = Array.isArray(fixed) ? fixed[0] : modelValue(spec.systolic, i, n, where) + noise(4);
        const dia = Array.isArray(fixed) ? fixed[1] : modelValue(spec.diastolic, i, n, where) + noise(3);
        r.component = [
          { code: { coding: [{ system: LOINC, code: def.systolic.loinc, display: def.systolic.display }], text: def.systolic.text }, valueQuantity: quantity(sys, def) },
          { code: { coding: [{ system: LOINC, code: def.diastolic.loinc, display: def.diastolic.display }], text: def.diastolic.text }, valueQuantity: quantity(dia, def) },
        ];
      } else {
        let value;
        if (fixed !== undefined) value = fixed;
        else if (spec.kind === 'bmi') value = weights.get(date) / (spec.heightCm / 100) ** 2;
        else if (spec.growth) {
          const table = growth[patient.gender][spec.kind] ?? fail(where, 'growth only for weight and height');
          const median = interpolate(table, ageInYears(patient.birthDate, date));
          value = median * (1 + spec.growth.z * growth.relSd[spec.kind]) + noise(spec.kind === 'height' ? 0.3 : 0.25);
        } else if (spec.value && Array.isArray(spec.value.values)) value = modelValue(spec.value, i, n, where);
        else value = modelValue(spec.value, i, n, where) + noise(spec.sd ?? 0);
        if (spec.kind === 'weight') weights.set(date, round(value, def.decimals));
        r.valueQuantity = quantity(value, def);
      }
      out.push(r);
    });
  }
  return out;
}

const INTERPRETATION = { N: 'Normal', L: 'Low', H: 'High', LL: 'Critical low', HH: 'Critical high', A: 'Abnormal' };

function interpretation(code) {
  return [{ coding: [{ system: V3_INTERPRETATION, code, display: INTERPRETATION[code] }] }];
}

function classify(value, [low, high], critical) {
  if (critical && critical[0] !== null && value < critical[0]) return 'LL';
  if (critical && critical[1] !== null && value > critical[1]) return 'HH';
  if (low !== null && value < low) return 'L';
  if (high !== null && value > high) return 'H';
  return 'N';
}

function rangeText(low, high, def) {
  const f = (v) => nl(v, def.decimals);
  if (low !== null && high !== null) return `${f(low)} – ${f(high)} ${def.unit}`;
  if (low !== null) return `> ${f(low)} ${def.unit}`;
  return `< ${f(high)} ${def.unit}`;
}

function referenceRange(low, high, def) {
  const r = {};
  if (low !== null) r.low = { value: low, unit: def.unit };
  if (high !== null) r.high = { value: high, unit: def.unit };
  r.text = rangeText(low, high, def);
  return [r];
}

/**
 * Laboratory results: Observations grouped in DiagnosticReports, one per
 * panel per date. Returns [reports, observations], ordered by date.
 */
export function buildLabs(patient, spec, catalog, lookups, opts = {}) {
  const groups = [...(spec.groups ?? [])];
  const lab = lookups.orgs.get('org-linde-lab');
  (spec.panels ?? []).forEach((panel, pi) => {
    const where = `${patient.id}.labs.panels[${pi}] (${panel.name})`;
    const rng = prng(`${patient.id}:lab:${panel.name}`);
    const dates = seriesDates(panel, rng, where);
    const n = dates.length;
    dates.forEach((date, i) => {
      const results = [];
      for (const [key, model] of Object.entries(panel.tests)) {
        const def = catalog[key] ?? fail(where, `unknown test "${key}"`);
        const trng = prng(`${patient.id}:lab:${panel.name}:${key}:${i}`);
        const fixed = panel.at?.[date]?.[key];
        const explicit = fixed !== undefined || (model && Array.isArray(model.values));
        const drawn = modelValue(model, i, n, `${where} ${key}`);
        const value = fixed !== undefined ? fixed : explicit ? drawn : drawn + (def.sd ?? 0) * trng.normal() * (panel.noise ?? 1);
        results.push({ key, def, value: Math.max(0, value) });
      }
      groups.push({ date, name: panel.name, results, conclusion: panel.conclusions?.[date] });
    });
  });
  for (const [i, x] of (spec.extra ?? []).entries()) {
    const where = `${patient.id}.labs.extra[${i}]`;
    const def = catalog[x.test] ?? fail(where, `unknown test "${x.test}"`);
    groups.push({ date: x.date, name: x.panel, results: [{ key: x.test, def, text: x.valueString, concept: x.valueCodeableConcept, flag: x.interpretation }], conclusion: x.conclusion });
  }
  groups.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const changes = new Map((spec.changes ?? []).map((c) => [`${c.date}|${c.test}`, c]));
  const usedChanges = new Set();
  const observations = [];
  const reports = [];
  let obsCounter = 0;
  groups.forEach((g, gi) => {
    const rng = prng(`${patient.id}:labtime:${g.date}:${g.name}`);
    const time = clock(rng, '07:45', '11:00');
    const effective = instant(`${g.date} ${time}`);
    const preliminary = spec.preliminaryFrom && g.date >= spec.preliminaryFrom;
    const issuedDate = preliminary ? g.date : addDays(g.date, g.results.length > 6 ? 1 : 0);
    const issued = instant(`${issuedDate} ${preliminary ? clock(rng, '11:15', '12:45') : clock(rng, '13:00', '17:00')}`);
    const age = ageOn(patient.birthDate, g.date);
    const who = { child: age < 18, sex: patient.gender, age };
    const ids = [];
    let reportStatus = preliminary ? 'preliminary' : 'final';
    for (const res of g.results) {
      obsCounter += 1;
      const id = `${patient.id}-lab-${obsCounter}`;
      const change = changes.get(`${g.date}|${res.key}`);
      if (change) usedChanges.add(`${g.date}|${res.key}`);
      const status = change ? change.status : preliminary ? 'preliminary' : 'final';
      if (change) reportStatus = change.status;
      const r = {
        resourceType: 'Observation',
        id,
        status,
        category: [{ coding: [{ system: OBS_CATEGORY, code: 'laboratory', display: 'Laboratory' }] }],
        code: { coding: [{ system: LOINC, code: res.def.loinc, display: res.def.display }], text: res.def.text },
        subject: ref('Patient', patient.id),
        effectiveDateTime: effective,
        issued,
      };
      if (res.text !== undefined) {
        r.valueString = res.text;
        r.interpretation = interpretation(res.flag ?? 'N');
      } else if (res.concept) {
        r.valueCodeableConcept = res.concept;
        if (res.flag) r.interpretation = interpretation(res.flag);
      } else {
        const value = change?.value ?? res.value;
        const [low, high] = res.def.range(who);
        r.valueQuantity = quantity(value, res.def);
        r.interpretation = interpretation(classify(round(value, res.def.decimals), [low, high], res.def.critical));
        r.referenceRange = referenceRange(low, high, res.def);
      }
      if (change) r.note = [{ text: change.note }];
      observations.push(r);
      ids.push(id);
    }
    const report = {
      resourceType: 'DiagnosticReport',
      id: `${patient.id}-labreport-${gi + 1}`,
      status: reportStatus,
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB', display: 'Laboratory' }] }],
      code: { coding: [{ system: LOINC, code: '11502-2', display: 'Laboratory report' }], text: g.name },
      subject: ref('Patient', patient.id),
      effectiveDateTime: effective,
      issued,
      performer: [ref('Organization', lab.id, lab.name)],
      result: ids.map((id) => ref('Observation', id)),
    };
    if (g.conclusion) report.conclusion = g.conclusion;
    reports.push(report);
  });
  for (const key of changes.keys()) if (!usedChanges.has(key)) fail(`${patient.id}.labs.changes`, `no result "${key}" to change`);
  if (!opts.bench && (observations.length < 40 || observations.length > 120)) {
    fail(`${patient.id}.labs`, `${observations.length} results (40–120 wanted)`);
  }
  return [reports, observations];
}

/** Radiology reports (DiagnosticReport category RAD, text in presentedForm). */
export function buildImaging(patient, items, lookups) {
  return items.map((x, i) => {
    const where = `${patient.id}.imaging[${i}]`;
    const p = lookups.prac(x.by, where);
    const text = dedent(x.text);
    const r = {
      resourceType: 'DiagnosticReport',
      id: `${patient.id}-imaging-${i + 1}`,
      status: x.status,
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD', display: 'Radiology' }] }],
      code: { text: x.title },
      subject: ref('Patient', patient.id),
      effectiveDateTime: instant(x.date),
      issued: instant(x.issued ?? x.date),
      performer: [ref('Practitioner', p.id, lookups.pracDisplay(p))],
      conclusion: x.conclusion,
      presentedForm: [{ contentType: 'text/plain; charset=utf-8', language: 'nl', data: Buffer.from(text, 'utf8').toString('base64'), title: x.title }],
    };
    return { resource: r, text };
  });
}

