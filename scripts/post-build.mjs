// Trunk post_build hook (Trunk.toml [[hooks]]), run after every build in
// Trunk's staging directory:
//
// 1. Joins the stylesheets Trunk wrote (the NL Design System components,
//    the theme, the portal's own) into one file, in their order, so a
//    browser makes one request instead of eleven and gzip compresses them
//    together (about 2.4 KB less to download).
// 2. In a release build, writes a Brotli (.br) and a gzip (.gz) copy beside
//    every wasm, JavaScript, CSS and JSON file, at the highest levels, so a
//    web server can send them as they are (nginx: brotli_static and
//    gzip_static; tests/serve.mjs does the same) instead of compressing on
//    every request or not at all.
//
// The start-up script is already a file (scripts/build-split.sh writes it),
// so the portal runs under a Content-Security-Policy without inline script.
//
// Names carry the hash of their content, like Trunk's own, so a new build
// is never served from a stale cache; the stylesheet keeps a sha384
// integrity attribute as Trunk gives it.
//
//   TRUNK_STAGING_DIR=dist node scripts/post-build.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
const base = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// 1. The stylesheets.
const links = [...html.matchAll(/[ \t]*<link rel="stylesheet" href="([^"]+\.css)"[^>]*\/?>\n?/g)];
if (links.length > 1) {
  const parts = links.map(([, href]) => readFileSync(join(dir, href.slice(base.length)), 'utf8').trim());
  const css = `${parts.join('\n')}\n`;
  const name = `styles-${hash(css)}.css`;
  writeFileSync(join(dir, name), css);
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  links.forEach(([whole, href], i) => {
    rmSync(join(dir, href.slice(base.length)), { force: true });
    html = html.replace(whole, i === 0 ? `    <link rel="stylesheet" href="${base}${name}" integrity="${integrity}"/>\n` : '');
  });
}

writeFileSync(file, html);

// 2. The compressed copies.
function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}
if ((process.env.TRUNK_PROFILE || 'release') === 'release') {
  for (const path of files(dir)) {
    if (!['.wasm', '.js', '.css', '.json'].includes(extname(path))) continue;
    const body = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(`${path}.br`, brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }));
  }
}
