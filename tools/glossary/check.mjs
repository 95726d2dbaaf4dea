#!/usr/bin/env node
// Checks public/glossary.json against the demo report and letter texts.
//
//   node tools/glossary/check.mjs
//
// Plain Node 20, no dependencies. Loads every DocumentReference in
// public/demo/*.json whose category code is clinical-note, letter or referral
// and whose attachment is text/plain or text/html (base64, UTF-8), and the
// words of the basic data set's sections the portal marks terms in
// (problems, allergies and their reactions, vaccines, with their notes),
// and exits with status 1 when:
//   - the file is not { "version": 1, "terms": [...] };
//   - a term lacks an id, nl, en or a non-empty forms list;
//   - an id, or a form, occurs in more than one term (or twice in one term);
//   - a form is not lowercase (or has stray whitespace);
//   - none of a term's forms occurs as a whole word in any text;
//   - the terms are not sorted by id;
//   - there are fewer than 80 terms.
// Whole word means: no letter or digit directly before or after the form
// (Unicode-aware, case-insensitive), the same rule the portal uses to
// underline terms. On success it prints
//   glossary: N terms, M occurrences in K documents
// where M counts non-overlapping matches (the longest form wins, as in the
// portal) and K the documents that contain at least one of them.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GLOSSARY = path.join(ROOT, 'public', 'glossary.json');
const DEMO = path.join(ROOT, 'public', 'demo');
const CATEGORIES = new Set(['clinical-note', 'letter', 'referral']);
const MIN_TERMS = 80;

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex source for one form: escaped, any run of whitespace matches a space. */
const formSource = (form) => escapeRe(form.normalize('NFC')).replace(/ +/g, '\\s+');
const wholeWord = (form, flags = 'iu') => new RegExp(`${BEFORE}${formSource(form)}${AFTER}`, flags);

function fail(errors) {
  console.error(`glossary check failed (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

/** Text of an HTML document as the reader sees it: no head, scripts, styles or tags. */
function htmlToText(html) {
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return entities[e.toLowerCase()] ?? m;
    });
}

/** The words of a problem, an allergy or a vaccination that the portal marks terms in. */
function basicDataWords(r) {
  const concept = (c) => [c?.text, ...(c?.coding ?? []).map((x) => x.display)].filter((t) => typeof t === 'string');
  const notes = (r.note ?? []).map((n) => n.text).filter((t) => typeof t === 'string');
  switch (r?.resourceType) {
    case 'Condition':
      return [...concept(r.code), ...notes];
    case 'AllergyIntolerance':
      return [...concept(r.code), ...(r.reaction ?? []).flatMap((x) => (x.manifestation ?? []).flatMap(concept)), ...notes];
    case 'Immunization':
      return [...concept(r.vaccineCode), ...concept(r.statusReason), ...notes];
    default:
      return [];
  }
}

/** All report, letter and referral texts from the demo bundles: [{ id, text }]. */
function loadDocuments() {
  const docs = [];
  const files = fs.readdirSync(DEMO).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const json = JSON.parse(fs.readFileSync(path.join(DEMO, file), 'utf8'));
    for (const { resource: r } of json.entry ?? []) {
      const words = basicDataWords(r);
      if (words.length) docs.push({ id: `${file}#${r.id}`, text: words.join('\n').normalize('NFC') });
      if (r?.resourceType !== 'DocumentReference') continue;
      const codes = (r.category ?? []).flatMap((c) => (c.coding ?? []).map((x) => x.code));
      if (!codes.some((c) => CATEGORIES.has(c))) continue;
      (r.content ?? []).forEach((c, i) => {
        const a = c.attachment ?? {};
        const type = (a.contentType ?? '').split(';')[0].trim().toLowerCase();
        if ((type !== 'text/plain' && type !== 'text/html') || typeof a.data !== 'string') return;
        const raw = Buffer.from(a.data, 'base64').toString('utf8');
        const text = (type === 'text/html' ? htmlToText(raw) : raw).normalize('NFC');
        docs.push({ id: `${file}#${r.id}${i ? `/${i}` : ''}`, text });
      });
    }
  }
  return docs;
}

const nonEmpty = (v) => typeof v === 'string' && v.trim() !== '';

function main() {
  let glossary;
  try {
    glossary = JSON.parse(fs.readFileSync(GLOSSARY, 'utf8'));
  } catch (e) {
    fail([`cannot read ${path.relative(ROOT, GLOSSARY)}: ${e.message}`]);
  }
  const errors = [];
  if (glossary?.version !== 1) errors.push(`"version" must be 1 (found ${JSON.stringify(glossary?.version)})`);
  if (!Array.isArray(glossary?.terms)) fail([...errors, '"terms" must be an array']);
  const terms = glossary.terms;

  const docs = loadDocuments();
  if (docs.length === 0) fail([`no report or letter texts found in ${path.relative(ROOT, DEMO)}`]);

  const idOwner = new Map();
  const formOwner = new Map();
  const allForms = [];
  terms.forEach((t, i) => {
    const label = nonEmpty(t?.id) ? `term "${t.id}"` : `term #${i + 1}`;
    if (!nonEmpty(t?.id)) errors.push(`${label}: missing id`);
    if (!nonEmpty(t?.nl)) errors.push(`${label}: missing nl explanation`);
    if (!nonEmpty(t?.en)) errors.push(`${label}: missing en explanation`);
    if (!Array.isArray(t?.forms) || t.forms.length === 0) {
      errors.push(`${label}: missing forms`);
      return;
    }
    if (nonEmpty(t.id)) {
      if (idOwner.has(t.id)) errors.push(`${label}: id duplicated (also term #${idOwner.get(t.id) + 1})`);
      else idOwner.set(t.id, i);
    }
    let found = false;
    for (const form of t.forms) {
      if (!nonEmpty(form)) {
        errors.push(`${label}: empty form`);
        continue;
      }
      if (form !== form.toLowerCase()) errors.push(`${label}: form "${form}" is not lowercase`);
      if (form !== form.trim() || /\s{2,}|[\t\n\r]/.test(form)) errors.push(`${label}: form "${form}" has stray whitespace`);
      const key = form.toLowerCase().normalize('NFC');
      if (formOwner.has(key)) {
        const other = formOwner.get(key);
        errors.push(`${label}: form "${form}" duplicated (also in ${other === i ? 'this term' : `term "${terms[other]?.id}"`})`);
      } else formOwner.set(key, i);
      allForms.push(key);
      if (!found) {
        const re = wholeWord(key);
        found = docs.some((d) => re.test(d.text));
      }
    }
    if (!found) errors.push(`${label}: none of its forms (${t.forms.map((f) => `"${f}"`).join(', ')}) occurs as a whole word in any report or letter`);
  });

  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1]?.id;
    const b = terms[i]?.id;
    if (nonEmpty(a) && nonEmpty(b) && a > b) errors.push(`terms not sorted by id: "${a}" comes before "${b}"`);
  }
  if (terms.length < MIN_TERMS) errors.push(`only ${terms.length} terms (at least ${MIN_TERMS} wanted)`);
  if (errors.length) fail(errors);

  // Occurrences as the portal underlines them: one pass, longest form first.
  const alternation = [...new Set(allForms)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).map(formSource).join('|');
  const any = new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, 'giu');
  let occurrences = 0;
  let documents = 0;
  for (const d of docs) {
    const n = [...d.text.matchAll(any)].length;
    occurrences += n;
    if (n > 0) documents++;
  }
  console.log(`glossary: ${terms.length} terms, ${occurrences} occurrences in ${documents} documents`);
}

main();
