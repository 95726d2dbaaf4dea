#!/usr/bin/env node
// Demo-data generator of the patient portal: readable sources in
// tools/demo/sources/ → FHIR R4 JSON bundles in public/demo/.
//
//   node tools/demo/generate.mjs             write public/demo/*.json
//   node tools/demo/generate.mjs --check     exit 1 if public/demo differs from a fresh run
//   node tools/demo/generate.mjs --results 5000 --out /tmp/bench.json
//                                            also write a benchmark bundle (patient "bench")
//
// Plain Node 20, no dependencies, no Math.random: the output is byte-identical
// on every run. Nothing is written unless all checks pass.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { organizations, organizationKinds, locations, services, practitioners, generalPractice } from './sources/organizations.mjs';
import { patients, representatives, relationCodes, authorizations, personas, benchPatient } from './sources/people.mjs';
import { questionnaires } from './sources/questionnaires.mjs';
import { vitals as vitalCatalog, labTests, growth } from './sources/catalog.mjs';
import { buildShared } from './lib/shared.mjs';
import { buildReports, buildLetters, buildReferrals } from './lib/documents.mjs';
import {
  buildPatient, buildRelatedPerson, buildConsents, buildGoals, buildMedications, buildAppointments,
  buildThreads, buildResponses, buildAudit,
} from './lib/patient.mjs';
import { buildVitals, buildLabs, buildImaging } from './lib/series.mjs';
import { buildAllergies, buildConditions, buildImmunizations, buildScores } from './lib/bgz.mjs';
import { validate } from './lib/validate.mjs';
import { stringify } from './lib/json.mjs';
import { REFERENCE_DATE, OLD_ERA_BEFORE, addDays } from './lib/dates.mjs';
import { prng } from './lib/prng.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const OUT_DIR = path.join(ROOT, 'public', 'demo');
const PATIENT_ORDER = ['sanne', 'noah', 'emma', 'lucas', 'daan', 'willem'];

/** Pretty-printed JSON (1-space indent, short objects on one line) with a trailing newline. */
const serialize = (value) => stringify(value);

const bundle = (id, resources) => ({
  resourceType: 'Bundle',
  id,
  type: 'collection',
  entry: resources.map((resource) => ({ resource })),
});

function count(list, min, max, what) {
  if (list.length < min || list.length > max) throw new Error(`${what}: ${list.length} (wanted ${min}–${max})`);
}

/** Builds one patient's bundle. Returns the resources and the texts (for TERMS.md). */
function buildPatientBundle(p, src, L, related) {
  const relatedHere = related.filter((r) => r.patient.reference === `Patient/${p.id}`);
  const relatedById = new Map(related.map((r) => [r.id, r]));
  const reports = buildReports(p, src.reports, L);
  const letters = buildLetters(p, src.letters, L);
  const referrals = buildReferrals(p, src.referrals, L);
  const [labReports, labResults] = buildLabs(p, src.labs, labTests, L);
  const imaging = buildImaging(p, src.imaging ?? [], L);
  const meds = buildMedications(p, src.medications, L);
  const appointments = buildAppointments(p, src.appointments, L);

  count(reports, 12, 25, `${p.id}: consult reports`);
  count(letters, 4, 8, `${p.id}: letters`);
  count(referrals, 1, 3, `${p.id}: referrals`);
  count(src.goals, 3, 6, `${p.id}: goals`);
  count(meds, 3, 8, `${p.id}: medicines`);
  count(src.threads, 2, 4, `${p.id}: e-consult threads`);
  count(src.audit, 5, 15, `${p.id}: audit events`);
  if (meds.filter((m) => m.status === 'active').length < 2) throw new Error(`${p.id}: fewer than 2 current medicines`);
  if (!meds.some((m) => m.status === 'stopped')) throw new Error(`${p.id}: no stopped medicine`);
  const upcoming = src.appointments.filter((a) => a.start.slice(0, 10) > REFERENCE_DATE && a.status !== 'cancelled');
  const past = src.appointments.filter((a) => a.start.slice(0, 10) < REFERENCE_DATE);
  if (upcoming.length < 3 || past.length < 3) throw new Error(`${p.id}: wants ≥3 upcoming and ≥3 past appointments`);
  for (const a of src.appointments) {
    const d = a.start.slice(0, 10);
    if (d > REFERENCE_DATE && (d < addDays(REFERENCE_DATE, 2) || d > addDays(REFERENCE_DATE, 90))) {
      throw new Error(`${p.id}: appointment "${a.description}" is not 2–90 days after the reference date`);
    }
  }

  if (!src.appointments.some((a) => a.status === 'proposed')) throw new Error(`${p.id}: no proposed appointment`);
  if (!src.appointments.some((a) => a.status === 'cancelled')) throw new Error(`${p.id}: no cancelled appointment`);
  for (const [i, t] of src.threads.entries()) count(t.messages, 1, 4, `${p.id}: messages in thread ${i + 1}`);
  const specialisms = new Set(reports.map((r) => r.resource.context.practiceSetting.text));
  const years = new Set(reports.map((r) => r.resource.date.slice(0, 4)));
  if (specialisms.size < 3 || years.size < 4) throw new Error(`${p.id}: reports span ${specialisms.size} specialisms and ${years.size} years (≥3 and ≥4 wanted)`);
  const history = {};
  for (const o of labResults) history[o.code.text] = (history[o.code.text] ?? 0) + 1;
  if (Math.max(...Object.values(history)) < 8) throw new Error(`${p.id}: no lab test with a history of ≥8 values`);

  const docs = [...reports, ...letters, ...referrals].map((d) => d.resource);
  const resources = [
    buildPatient(p, L),
    ...relatedHere,
    ...buildConsents(p, src.consents ?? [], L),
    ...docs,
    ...buildGoals(p, src.goals, L),
    ...meds,
    ...buildVitals(p, src.vitals, vitalCatalog, growth),
    ...buildScores(p, src.scores ?? [], L),
    ...buildConditions(p, src.conditions ?? [], L),
    ...buildAllergies(p, src.allergies ?? [], L),
    ...buildImmunizations(p, src.vaccinations ?? []),
    ...labResults,
    ...labReports,
    ...imaging.map((x) => x.resource),
    ...buildResponses(p, src.questionnaires, L, relatedById),
    ...appointments,
    ...buildThreads(p, src.threads, L, relatedById),
  ];
  const byId = new Map(resources.map((r) => [r.id, r]));
  resources.push(...buildAudit(p, src.audit, L, relatedById, byId));
  const texts = [...reports, ...letters, ...referrals, ...imaging].map((d) => d.text);
  return { resources, texts };
}

/**
 * sources/TERMS.md lists the medical terms (one per line) for a later
 * glossary; every one must occur in some report, letter or referral.
 */
function checkTerms(texts) {
  const file = path.join(HERE, 'sources', 'TERMS.md');
  const terms = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const haystack = texts.join('\n').toLowerCase();
  const missing = terms.filter((t) => !haystack.includes(t.toLowerCase()));
  const errors = missing.map((t) => `TERMS.md: "${t}" occurs in no report or letter`);
  if (new Set(terms.map((t) => t.toLowerCase())).size < 80) errors.push(`TERMS.md lists ${terms.length} terms (≥80 distinct wanted)`);
  return errors;
}

export async function buildAll() {
  const shared = buildShared({ organizations, organizationKinds, locations, services, practitioners, generalPractice, questionnaires });
  const L = shared.lookups;
  const patientsById = new Map(patients.map((p) => [p.id, p]));
  const related = authorizations.map((a) => buildRelatedPerson(a, representatives, relationCodes, patientsById));

  const files = [{ name: 'shared.json', bundle: bundle('demo-shared', shared.resources) }];
  const texts = [];
  for (const id of PATIENT_ORDER) {
    const p = patientsById.get(id) ?? (() => { throw new Error(`no patient "${id}" in people.mjs`); })();
    const src = (await import(`./sources/patients/${id}.mjs`)).default;
    const built = buildPatientBundle(p, src, L, related);
    texts.push(...built.texts);
    files.push({ name: `${id}.json`, bundle: bundle(`demo-${id}`, built.resources), patient: id });
  }
  const personaList = personas.map((x) => {
    const person = patientsById.get(x.who) ?? representatives[x.who];
    return { username: x.username, name: `${person.given} ${person.family}`, bsn: person.bsn, description: x.description };
  });
  const errors = [...validate(files, personaList), ...checkTerms(texts), ...checkOldEra(files)];
  const manifest = { referenceDate: REFERENCE_DATE, bundles: files.map((f) => f.name) };
  const outputs = new Map([
    ['manifest.json', serialize(manifest)],
    ['personas.json', serialize(personaList)],
    ...files.map((f) => [f.name, serialize(f.bundle)]),
  ]);
  return { outputs, errors, files, L, texts };
}

/** Old notes (before 2015-02-24) only for patients who were adults-in-care then: Sanne and Willem. */
function checkOldEra(files) {
  const errors = [];
  for (const f of files.filter((x) => x.patient)) {
    const old = f.bundle.entry.filter(({ resource: r }) => r.resourceType === 'DocumentReference' && r.category[0].coding[0].code === 'clinical-note' && r.date < OLD_ERA_BEFORE);
    const wanted = ['sanne', 'willem'].includes(f.patient) ? [2, 4] : [0, 0];
    if (old.length < wanted[0] || old.length > wanted[1]) errors.push(`${f.name}: ${old.length} notes before ${OLD_ERA_BEFORE} (wanted ${wanted.join('–')})`);
  }
  return errors;
}

/** The benchmark bundle: Patient "bench" with `n` laboratory results over ten years. */
function buildBench(n, L) {
  const p = benchPatient;
  const tests = ['hb', 'leuko', 'trombo', 'crp', 'natrium', 'kalium', 'kreatinine', 'egfr', 'glucose', 'alat'];
  const base = { hb: 9.2, leuko: 7, trombo: 260, crp: 5, natrium: 140, kalium: 4.3, kreatinine: 88, egfr: 82, glucose: 5.8, alat: 30 };
  const groupCount = Math.ceil(n / tests.length);
  const from = addDays(REFERENCE_DATE, -3652);
  const rng = prng('bench:dates');
  const span = 3652 - 2;
  const groups = [];
  let left = n;
  for (let g = 0; g < groupCount; g++) {
    const date = addDays(from, Math.floor((span * g) / Math.max(1, groupCount - 1)));
    const size = Math.min(tests.length, left);
    left -= size;
    const results = tests.slice(0, size).map((key) => {
      const def = labTests[key];
      return { key, def, value: Math.max(0, base[key] * (1 + 0.12 * rng.normal())) };
    });
    groups.push({ date, name: g % 2 ? 'Nierfunctie en elektrolyten' : 'Bloedonderzoek', results });
  }
  const [reports, results] = buildLabs(p, { groups, preliminaryFrom: addDays(REFERENCE_DATE, -3) }, labTests, L, { bench: true });
  return bundle('demo-bench', [buildPatient(p, L), ...results, ...reports]);
}

function parseArgs(argv) {
  const args = { check: false, results: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--results') args.results = Number(argv[++i]);
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tools/demo/generate.mjs [--check] [--results N] [--out FILE]');
      process.exit(0);
    } else {
      console.error(`unknown option "${a}" (try --help)`);
      process.exit(2);
    }
  }
  if (args.results !== null && (!Number.isInteger(args.results) || args.results < 1)) {
    console.error('--results wants a positive whole number');
    process.exit(2);
  }
  if (args.out && args.results === null) args.results = 5000;
  if (args.results !== null && !args.out) args.out = path.join(OUT_DIR, 'bench.json');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let built;
  try {
    built = await buildAll();
  } catch (e) {
    console.error(`demo data: ${e.message}`);
    process.exit(1);
  }
  if (built.errors.length) {
    console.error(`demo data: ${built.errors.length} problem(s), nothing written:`);
    for (const e of built.errors) console.error(`  - ${e}`);
    process.exit(1);
  }

  if (args.check) {
    const stale = [];
    for (const [name, text] of built.outputs) {
      const file = path.join(OUT_DIR, name);
      if (!fs.existsSync(file)) stale.push(`${name} is missing`);
      else if (fs.readFileSync(file, 'utf8') !== text) stale.push(`${name} differs`);
    }
    if (stale.length) {
      console.error('public/demo is out of date with tools/demo/sources (run: node tools/demo/generate.mjs):');
      for (const s of stale) console.error(`  - ${s}`);
      process.exit(1);
    }
    console.log(`public/demo is up to date (${built.outputs.size} files).`);
  } else {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    let bytes = 0;
    for (const [name, text] of built.outputs) {
      fs.writeFileSync(path.join(OUT_DIR, name), text);
      bytes += Buffer.byteLength(text);
    }
    console.log(`wrote ${built.outputs.size} files to public/demo (${(bytes / 1024).toFixed(0)} KB)`);
  }

  if (args.results !== null) {
    const bench = buildBench(args.results, built.L);
    const shared = built.files.find((f) => f.name === 'shared.json');
    const errors = validate([shared, { name: path.basename(args.out), bundle: bench, patient: 'bench' }]);
    if (errors.length) {
      console.error(`benchmark bundle: ${errors.length} problem(s), not written:`);
      for (const e of errors) console.error(`  - ${e}`);
      process.exit(1);
    }
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, serialize(bench));
    console.log(`wrote ${args.out}: Patient/bench with ${args.results} results`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
