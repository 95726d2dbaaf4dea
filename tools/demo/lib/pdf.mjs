// A tiny, valid one-page PDF (A4, Helvetica) written by hand: catalog, page
// tree, page, two standard fonts, one content stream, an Info dictionary,
// and a cross-reference table with exact byte offsets. No dates inside, so
// the bytes are the same on every run.

// WinAnsiEncoding for the few characters outside Latin-1 that Dutch letters use.
const WIN_ANSI_EXTRA = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92,
  '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
};

function winAnsi(text) {
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (WIN_ANSI_EXTRA[ch] !== undefined) bytes.push(WIN_ANSI_EXTRA[ch]);
    else if (code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0)) bytes.push(code);
    else throw new Error(`PDF text: character "${ch}" (U+${code.toString(16)}) is not in WinAnsiEncoding`);
  }
  return Buffer.from(bytes);
}

/** A PDF hex string <…> of `text` in WinAnsiEncoding (no escaping needed). */
function pdfString(text) {
  return `<${winAnsi(text).toString('hex').toUpperCase()}>`;
}

/** Breaks `text` into lines of at most `width` characters. */
export function wrap(text, width) {
  const out = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/**
 * `heading` (bold, larger) and `body` (plain text, wrapped at ~92 characters)
 * on one A4 page. Throws when the text does not fit on one page.
 */
export function makePdf({ title, heading, body }) {
  const lines = wrap(body, 92);
  if (lines.length > 54) throw new Error(`PDF "${title}": ${lines.length} lines do not fit on one page (max 54)`);
  const ops = ['BT', '/F2 14 Tf', '56 786 Td', `${pdfString(heading)} Tj`, '/F1 10 Tf', '13 TL', 'T* T*'];
  for (const line of lines) ops.push(line === '' ? 'T*' : `${pdfString(line)} Tj T*`);
  ops.push('ET');
  const stream = Buffer.from(ops.join('\n') + '\n', 'latin1');

  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
        '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
      'latin1',
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>', 'latin1'),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('endstream', 'latin1'),
    ]),
    Buffer.from(`<< /Title ${pdfString(title)} /Producer (portal demo generator) >>`, 'latin1'),
  ];

  const parts = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
  ].join('\n');
  parts.push(Buffer.from(xref + '\n', 'latin1'));
  return Buffer.concat(parts);
}
