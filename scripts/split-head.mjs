// Prints what index.html's <head> needs to start a split build
// (scripts/build-split.sh; Trunk inlines it): everything the start needs is
// asked for at once, not one after the other: config.json, the main
// module's JavaScript and wasm, the chunk loader and the start file.
//
//   node scripts/split-head.mjs <folder> <url-of-folder> <name> [base]
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [dir, url, name, base = '/'] = process.argv.slice(2);
if (!dir || !url || !name) {
  console.error('usage: node scripts/split-head.mjs <folder> <url-of-folder> <name> [base]');
  process.exit(2);
}
const lines = [
  `<link rel="preload" href="${base}config.json" as="fetch" crossorigin="anonymous">`,
  `<link rel="modulepreload" href="${url}/start.js">`,
  `<link rel="modulepreload" href="${url}/${name}.js">`,
];
if (existsSync(join(dir, '__wasm_split.js'))) {
  lines.push(`<link rel="modulepreload" href="${url}/__wasm_split.js">`);
}
lines.push(
  `<link rel="preload" href="${url}/${name}_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`,
  `<script type="module" src="${url}/start.js"></script>`,
);
console.log(lines.join('\n'));
