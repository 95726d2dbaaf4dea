// Consult reports, letters and referrals (DocumentReference), with their
// attachments: text/plain, text/html, application/pdf and .docx.
import { CS, LOINC, V3_ACT, dedent, fail, ref } from './fhir.mjs';
import { instant } from './dates.mjs';
import { makePdf } from './pdf.mjs';
import { makeDocx } from './docx.mjs';
import { specialtyConcept } from './shared.mjs';

const REPORT_TYPES = {
  consult: ['11488-4', 'Consult note'],
  discharge: ['18842-5', 'Discharge summary'],
  note: ['34109-9', 'Note'],
};
const CONTACTS = {
  AMB: 'ambulatory',
  IMP: 'inpatient encounter',
  VR: 'virtual',
  EMER: 'emergency',
};
const TEXT = 'text/plain; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function attachment(contentType, title, bytes) {
  return {
    contentType,
    language: 'nl',
    data: bytes.toString('base64'),
    size: bytes.length,
    title,
  };
}

function context(svc, contact, where) {
  const ctx = {};
  if (contact) {
    if (!CONTACTS[contact]) fail(where, `contact must be one of ${Object.keys(CONTACTS).join(', ')}`);
    ctx.event = [{ coding: [{ system: V3_ACT, code: contact, display: CONTACTS[contact] }] }];
  }
  ctx.practiceSetting = specialtyConcept(svc);
  return ctx;
}

/** Consult reports (Behandelverslagen). Returns resources and their plain texts. */
export function buildReports(patient, reports, L) {
  return reports.map((r, i) => {
    const id = `${patient.id}-report-${i + 1}`;
    const where = `${patient.id}.reports[${i}] (${r.title})`;
    const author = L.prac(r.author, where);
    const svc = L.svc(r.service ?? author.service, where);
    const type = REPORT_TYPES[r.type ?? 'consult'] ?? fail(where, `type must be one of ${Object.keys(REPORT_TYPES).join(', ')}`);
    const text = dedent(r.text);
    const words = text.split(/\s+/).length;
    if (words < 80 || words > 300) fail(where, `report text has ${words} words (80–300 wanted)`);
    return {
      text,
      resource: {
        resourceType: 'DocumentReference',
        id,
        status: 'current',
        type: { coding: [{ system: LOINC, code: type[0], display: type[1] }] },
        category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', code: 'clinical-note', display: 'Clinical Note' }] }],
        subject: ref('Patient', patient.id),
        date: instant(r.date),
        author: [ref('Practitioner', author.id, L.pracDisplay(author))],
        description: r.title,
        content: [{ attachment: attachment(TEXT, r.title, Buffer.from(text, 'utf8')) }],
        context: context(svc, r.contact ?? 'AMB', where),
      },
    };
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Letters from the hospital (Brieven). `format`: 'text' (default), 'html'
 * (body written as HTML in `html`), 'pdf'.
 */
export function buildLetters(patient, letters, L) {
  return letters.map((l, i) => {
    const id = `${patient.id}-letter-${i + 1}`;
    const where = `${patient.id}.letters[${i}] (${l.title})`;
    const author = L.prac(l.author, where);
    const svc = L.svc(l.service ?? author.service, where);
    const org = L.org(svc.org, where);
    const gpOrg = L.org(patient.gp, where);
    const to = l.to ?? `de huisarts, ${gpOrg.name}`;
    const header = [`${org.name} – ${svc.name}`, `Aan: ${to}`, `Betreft: ${patient.given} ${patient.family}`, `Onderwerp: ${l.title}`];
    const salutation = l.salutation ?? 'Geachte collega,';
    const signature = ['Met vriendelijke groet,', '', L.pracDisplay(author), `${svc.name}, ${org.name}`];
    const format = l.format ?? 'text';
    let bytes;
    let contentType;
    let plain;
    if (format === 'html') {
      const body = dedent(l.html);
      plain = body.replace(/<[^>]+>/g, ' ');
      const html = [
        '<!DOCTYPE html>',
        '<html lang="nl">',
        `<head><meta charset="utf-8"><title>${escapeHtml(l.title)}</title></head>`,
        '<body>',
        `<p><strong>${escapeHtml(header[0])}</strong><br>${header.slice(1).map(escapeHtml).join('<br>')}</p>`,
        `<p>${escapeHtml(salutation)}</p>`,
        body,
        `<p>${signature.filter(Boolean).map(escapeHtml).join('<br>')}</p>`,
        '</body>',
        '</html>',
        '',
      ].join('\n');
      bytes = Buffer.from(html, 'utf8');
      contentType = 'text/html; charset=utf-8';
    } else {
      const body = dedent(l.text);
      plain = body;
      const full = [...header.slice(1), '', salutation, '', body, '', ...signature].join('\n');
      if (format === 'pdf') {
        bytes = makePdf({ title: l.title, heading: header[0], body: full });
        contentType = 'application/pdf';
      } else if (format === 'text') {
        bytes = Buffer.from([header[0], ...header.slice(1)].join('\n') + '\n\n' + [salutation, '', body, '', ...signature].join('\n') + '\n', 'utf8');
        contentType = TEXT;
      } else fail(where, `format must be text, html or pdf`);
    }
    return {
      text: plain,
      resource: {
        resourceType: 'DocumentReference',
        id,
        status: 'current',
        category: [{ coding: [{ system: `${CS}document-category`, code: 'letter', display: 'Brief' }] }],
        subject: ref('Patient', patient.id),
        date: instant(l.date),
        author: [ref('Practitioner', author.id, L.pracDisplay(author))],
        description: l.title,
        content: [{ attachment: attachment(contentType, l.title, bytes) }],
        context: context(svc, null, where),
      },
    };
  });
}

/** Referrals by the GP (Verwijzingen). `format`: 'text' (default) or 'docx'. */
export function buildReferrals(patient, referrals, L) {
  return referrals.map((r, i) => {
    const id = `${patient.id}-referral-${i + 1}`;
    const where = `${patient.id}.referrals[${i}] (${r.title})`;
    const svc = L.svc(r.service, where);
    const gpOrg = L.org(patient.gp, where);
    const gp = L.prac(r.gp, where);
    const hospital = L.org(svc.org, where);
    const body = dedent(r.text);
    const lines = [
      `Van: ${L.pracDisplay(gp)}, ${gpOrg.name}`,
      `Aan: polikliniek ${svc.name}, ${hospital.name}`,
      `Betreft: ${patient.given} ${patient.family}`,
      '',
      'Geachte collega,',
      '',
      body,
      '',
      'Met collegiale groet,',
      '',
      L.pracDisplay(gp),
    ];
    let bytes;
    let contentType;
    if ((r.format ?? 'text') === 'docx') {
      bytes = makeDocx({ heading: r.title, body: lines.join('\n'), date: r.date.slice(0, 10) });
      contentType = DOCX;
    } else if ((r.format ?? 'text') === 'text') {
      bytes = Buffer.from(`${r.title}\n\n` + lines.join('\n') + '\n', 'utf8');
      contentType = TEXT;
    } else fail(where, 'format must be text or docx');
    return {
      text: body,
      resource: {
        resourceType: 'DocumentReference',
        id,
        status: 'current',
        type: { coding: [{ system: LOINC, code: '57133-1', display: 'Referral note' }] },
        category: [{ coding: [{ system: `${CS}document-category`, code: 'referral', display: 'Verwijzing' }] }],
        subject: ref('Patient', patient.id),
        date: instant(r.date),
        author: [ref('Organization', gpOrg.id, gpOrg.name)],
        description: r.title,
        content: [{ attachment: attachment(contentType, r.title, bytes) }],
        context: context(svc, null, where),
      },
    };
  });
}

