// What a browser downloads, in gzip -9 bytes, against the budgets of the
// split build (issue 16), failing the run when one is over:
//
// - first load: what /inloggen needs before the sign-in form shows (the
//   main module, its JavaScript, the chunk loader, the start file and the
//   stylesheet): at most 200 KB (aim: 150 KB);
// - every section's own chunk: at most 80 KB; the chunks two or more
//   sections share are listed once, each with the sections that use it;
// - the demo chunk (fetched only in demo mode): at most 120 KB.
//
//   node scripts/bundle-size.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = {
  first: Number(process.env.BUNDLE_FIRST_KB ?? 200) * KB,
  firstAim: 150 * KB,
  section: Number(process.env.BUNDLE_SECTION_KB ?? 80) * KB,
  demo: Number(process.env.BUNDLE_DEMO_KB ?? 120) * KB,
};
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const folder = /\/pkg\/([0-9a-f]+)\/start\.js/.exec(html)?.[1];
if (!folder) {
  console.error(`bundle: no split build in ${dist}/index.html (pkg/<hash>/start.js)`);
  process.exit(1);
}
const pkg = join(dist, 'pkg', folder);
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1).padStart(7)} KB`;
const failures = [];

const stylesheets = readdirSync(dist).filter((f) => /^styles-.*\.css$/.test(f));
const first = [
  ...['patient_portal_bg.wasm', 'patient_portal.js', '__wasm_split.js', 'start.js'].map((f) => [f, gz(join(pkg, f))]),
  ...stylesheets.map((f) => [f, gz(join(dist, f))]),
];
const firstTotal = first.reduce((sum, [, size]) => sum + size, 0);
console.log('first load (/inloggen, before the sign-in form):');
for (const [file, size] of first) console.log(`  ${file.padEnd(32)} ${kb(size)}`);
console.log(`  ${'total'.padEnd(32)} ${kb(firstTotal)} (budget ${budgets.first / KB} KB: ${firstTotal > budgets.first ? 'OVER BUDGET' : 'within budget'}; aim ${budgets.firstAim / KB} KB)`);
if (firstTotal > budgets.first) failures.push(`first load ${kb(firstTotal).trim()} > ${budgets.first / KB} KB`);

const manifest = JSON.parse(readFileSync(join(pkg, '__wasm_split_manifest.json'), 'utf8'));
const users = new Map();
for (const [section, files] of Object.entries(manifest)) {
  for (const file of files) {
    if (file.startsWith('split_')) continue;
    users.set(file, [...(users.get(file) ?? []), section]);
  }
}
console.log('\nsections (own chunk; with the shared chunks it needs, if none were loaded before):');
for (const section of Object.keys(manifest).sort()) {
  const own = gz(join(pkg, `split_${section}.wasm`));
  const all = manifest[section].reduce((sum, f) => sum + gz(join(pkg, `${f}.wasm`)), 0);
  const limit = section === 'demo' ? budgets.demo : budgets.section;
  console.log(`  ${section.padEnd(14)} own ${kb(own)}   with shared ${kb(all)}   (${manifest[section].length} files; budget ${limit / KB} KB)`);
  if (own > limit) failures.push(`${section} chunk ${kb(own).trim()} > ${limit / KB} KB`);
}
const shared = [...users.entries()].map(([file, sections]) => [file, gz(join(pkg, `${file}.wasm`)), sections]);
shared.sort((a, b) => b[1] - a[1]);
const sharedTotal = shared.reduce((sum, [, size]) => sum + size, 0);
console.log(`\nshared chunks: ${shared.length}, ${kb(sharedTotal).trim()} in all; the largest:`);
for (const [file, size, sections] of shared.slice(0, 12)) {
  console.log(`  ${file.padEnd(14)} ${kb(size)}  ${sections.sort().join(', ')}`);
}

if (failures.length) {
  console.error(`\nover budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\nfirst load ${kb(firstTotal).trim()}; every chunk within its budget`);
