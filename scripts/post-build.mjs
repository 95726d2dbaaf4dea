// Trunk post_build hook (Trunk.toml [[hooks]]), run after every build in
// Trunk's staging directory:
//
// 1. Moves Trunk's inline start-up script out of index.html into a file of
//    its own, so the portal runs under a Content-Security-Policy without
//    inline script (scripts/headers.mjs). Trunk writes the start-up as
//    <script type="module">import init … await init(…)</script>; its code
//    goes to start-<hash>.js and <script type="module" src="/start-<hash>.js">
//    takes its place. Any other script (the live reload of `trunk serve`) is
//    left alone.
// 2. Joins the stylesheets Trunk wrote (the NL Design System components,
//    the theme, the portal's own) into one file, in their order, so a
//    browser makes one request instead of eleven and gzip compresses them
//    together (about 2.4 KB less to download).
//
// Names carry the hash of their content, like Trunk's own, so a new build
// is never served from a stale cache; the stylesheet keeps a sha384
// integrity attribute as Trunk gives it.
//
//   TRUNK_STAGING_DIR=dist node scripts/post-build.mjs
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
  process.exit(1);
}
const base = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// 1. The start-up script.
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (whole, code) => {
  if (!/\binit\s*\(/.test(code)) return whole;
  const name = `start-${hash(code)}.js`;
  writeFileSync(join(dir, name), `${code.trim()}\n`);
  moved += 1;
  return `<script type="module" src="${base}${name}"></script>`;
});
if (moved !== 1) {
  console.error(`post-build: expected one inline start-up script in ${file}, found ${moved}`);
  process.exit(1);
}

// 2. The stylesheets.
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
