// Performance figures of the release build, each beside its budget
// (README, "Performance budgets"):
//   node scripts/bench.mjs
// Copies dist/ (the release build) to a temp dir, adds a generated patient
// "Bram Benchmark" (Patient/bench) with 5,000 laboratory results and a sign-in
// persona for him, serves the copy on port 8099 and measures in headless
// Chromium with the CPU slowed down 4 times (a cheap phone; BENCH_CPU=1 for
// the machine's own speed):
//   - the bundle size (gzip -9 of wasm, JS and CSS, as scripts/bundle-size.sh);
//   - the time to the sign-in screen (a fresh page load);
//   - the time from "Inloggen" to Home (Sanne);
//   - the time to switch patient (Sanne's Home → Emma's, from the bar);
//   - the time to the first page of results for Bram's 5,000 results;
//   - memory (JS heap after garbage collection, and the wasm memory) after
//     switching patient 50 times, against the same after 5 switches;
//   - downloading Bram's whole record (issue 18): how long, how the progress
//     bar moved, the longest task on the page while collecting (budget
//     200 ms), and memory before and after the download.
// Exits 1 when a figure cannot be measured, when the bundle is over its
// budget, or when memory grows beyond its bound over the 50 switches (a
// leak). A time over its budget is printed as such but does not fail: CI
// machines differ too much for a hard limit on time. dist/ is only read.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PORT = 8099;
const BASE = `http://127.0.0.1:${PORT}`;
const RESULTS = 5000;
const RUNS = 5;
const USER = 'bram';
const BSN_SYSTEM = 'http://fhir.nl/fhir/NamingSystem/bsn';
const ROW = '[data-testid=result-group] tbody tr';
const SHOTS = '/tmp/bench-shots';
const CPU = Number(process.env.BENCH_CPU ?? 4);
const SWITCHES = 50;

/** The budgets (README, "Performance budgets"); times in ms, at 4× CPU slowdown. */
const BUDGET = {
  signInScreen: 2500,
  // On the slow phone (issue 16): printed against 1,500 ms, failing the run
  // above 2,500 ms; first contentful paint 800 ms, printed.
  phoneSignIn: 1500,
  phoneSignInLimit: 2500,
  phonePaint: 800,
  signInToHome: 1500,
  switchPatient: 1000,
  firstResults: 3000,
  memoryGrowthMB: 8,
  // Issue 18: no long task over 200 ms while collecting Bram's record, and
  // memory back to where it was once the file is handed over.
  exportLongTask: 200,
  exportMemoryMB: 2,
};

const fail = (message) => {
  const e = new Error(message);
  e.benchFailure = true;
  return e;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (xs) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}) over ${xs.length} runs`;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Copies dist/ once. Trunk may be rebuilding it meanwhile (it stages in
 * dist/.stage and then swaps): a copy whose index.html names a file that is
 * not there is retried a few times.
 */
function copyDist(tmp) {
  const site = path.join(tmp, 'site');
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(site, { recursive: true, force: true });
    const skip = (rel) => rel === '.trunk-lock' || rel === '.stage' || rel.startsWith(`.stage${path.sep}`);
    let missing;
    try {
      fs.cpSync(DIST, site, { recursive: true, filter: (src) => !skip(path.relative(DIST, src)) });
      const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
      const named = [...html.matchAll(/(?:href|src|module_or_path:|from)\s*=?\s*['"]\/([^'"?#]+)['"]/g)].map((m) => m[1]);
      missing = named.filter((f) => !fs.existsSync(path.join(site, f))).join(', ');
    } catch (e) {
      missing = e.message; // a file went away while copying
    }
    if (!missing) return site;
    if (attempt === 10) throw fail(`dist/ stays inconsistent (${missing}): is a build running?`);
    spawnSync('sleep', ['2']);
  }
}

/** 1. The copy of dist/, with the generated bundle and persona added (steps 1–3). */
function prepare(tmp) {
  if (!fs.existsSync(path.join(DIST, 'index.html')) || !fs.existsSync(path.join(DIST, 'demo', 'manifest.json'))) {
    throw fail(`no release build in ${DIST} (index.html and demo/manifest.json wanted): run trunk build --release first`);
  }
  const site = copyDist(tmp);

  // The generator always rewrites public/demo/*.json next to itself as well;
  // run a copy of it so the working tree is left alone.
  const gen = path.join(tmp, 'gen', 'tools', 'demo');
  fs.cpSync(path.join(ROOT, 'tools', 'demo'), gen, { recursive: true });
  const out = path.join(site, 'demo', 'bench.json');
  const run = spawnSync(process.execPath, [path.join(gen, 'generate.mjs'), '--results', String(RESULTS), '--out', out], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw fail(`demo generator failed (exit ${run.status}):\n${run.stderr || run.stdout}`);

  const bundle = JSON.parse(fs.readFileSync(out, 'utf8'));
  const resources = bundle.entry.map((e) => e.resource);
  const count = (type) => resources.filter((r) => r.resourceType === type).length;
  const observations = count('Observation');
  const reports = count('DiagnosticReport');
  const patient = resources.find((r) => r.resourceType === 'Patient');
  const bsn = patient?.identifier?.find((i) => i.system === BSN_SYSTEM)?.value;
  if (patient?.id !== 'bench' || !bsn) throw fail('bench.json: no Patient/bench with a BSN identifier');
  const name = patient.name?.[0]?.text ?? [patient.name?.[0]?.given?.join(' '), patient.name?.[0]?.family].filter(Boolean).join(' ');

  // The release build serves a .br and a .gz beside each file: a file
  // changed here gets fresh ones, or the server would send the old content.
  const write = (file, text) => {
    fs.writeFileSync(file, text);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text, { level: 9 }));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }));
  };
  write(out, fs.readFileSync(out));

  const manifestFile = path.join(site, 'demo', 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (!manifest.bundles.includes('bench.json')) manifest.bundles.push('bench.json');
  write(manifestFile, JSON.stringify(manifest));

  const personasFile = path.join(site, 'demo', 'personas.json');
  const personas = JSON.parse(fs.readFileSync(personasFile, 'utf8')).filter((p) => p.username !== USER);
  personas.push({
    username: USER,
    name,
    bsn,
    description: { nl: `Benchmarkpatiënt met ${RESULTS} uitslagen`, en: `Benchmark patient with ${RESULTS} results` },
  });
  write(personasFile, JSON.stringify(personas, null, 1));

  return { site, observations, reports, bsn, name, bytes: fs.statSync(out).size };
}

/**
 * Step 6: what a browser downloads to start, as the budget counts it:
 * scripts/bundle-size.sh (gzip -9 of every .wasm/.js/.css at the top of the
 * build) run on the copy. Node's zlib at level 9 is the fallback; it comes
 * out about 1 % larger than GNU gzip on the wasm.
 */
function bundleSize(site) {
  const run = spawnSync('node', [path.join(ROOT, 'scripts', 'bundle-size.mjs'), site], { encoding: 'utf8' });
  const first = /^ {2}total\s+([\d.]+) KB \((.*)\)$/m.exec(run.stdout ?? '');
  if (!first) throw fail(`scripts/bundle-size.mjs gave no first-load size: ${run.stderr}`);
  return { first: Number(first[1]) * 1024, how: `scripts/bundle-size.mjs on the dist copy: ${first[2]}`, over: run.status !== 0 };
}

async function answers(url) {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return r.ok;
  } catch {
    return false;
  }
}

/** Step 4: the static server on the copy; resolves once the port answers. */
async function serve(site) {
  if (await answers(`${BASE}/index.html`)) throw fail(`port ${PORT} is already in use`);
  const child = spawn(process.execPath, [path.join(ROOT, 'tests', 'serve.mjs'), site, String(PORT)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw fail(`server exited (${child.exitCode}): ${stderr}`);
    if (await answers(`${BASE}/demo/manifest.json`)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw fail(`server did not answer on port ${PORT} within 15 s: ${stderr}`);
}

async function shot(page, name) {
  try {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } catch {
    return '(no screenshot)';
  }
}

/** Both sign-in steps up to the last click, which is left to the caller. */
async function signInUntilLastClick(page, user) {
  await page.goto(`${BASE}/inloggen`);
  await page.getByLabel(/Gebruikersnaam/).fill(user);
  await page.getByLabel(/Wachtwoord/).fill('demo1234');
  await page.getByRole('button', { name: /Volgende/ }).click();
  await page.getByLabel(/Sms-code/).fill('123456');
  return page.getByRole('button', { name: /^Inloggen$/ });
}

async function signIn(page, user = USER) {
  await (await signInUntilLastClick(page, user)).click();
  await page.waitForURL(/\/p\//, { timeout: 60000 });
}

/** Home of the bench patient, loaded (demo bundles fetched, heading shown). */
async function home(page) {
  await page.goto(`${BASE}/p/bench`);
  await page.waitForSelector('h1', { timeout: 60000 });
  await page.waitForLoadState('networkidle');
}

/**
 * Step 5a: from Home, click "Uitslagen" in the side menu; time in the page
 * (performance.now()) from the click event to the first result row visible.
 */
async function clickToResults(page) {
  await home(page);
  await watchAfterClick(page, ROW);
  await page.locator('#section-menu').getByRole('link', { name: 'Uitslagen', exact: true }).click();
  return clickTime(page);
}

/**
 * Load an address (a full page load: wasm, demo bundles, session); time in
 * the page (performance.now(), i.e. since navigation start) until the
 * element the page's `watchFirstShown` init script waits for is visible.
 */
async function loadToShown(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__benchShown !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => window.__benchShown);
}

/** Init script: notes when `selector` is first visible after navigation start. */
function watchFirstShown(selector) {
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.checkVisibility()) {
      window.__benchShown = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true }),
  );
}

/** Slows the page's CPU down as a cheap phone would be. */
async function throttle(page) {
  if (CPU <= 1) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return cdp;
}

/**
 * Installs, in the page, a watch for the first moment `selector` (holding
 * `text`, if given) is visible after the next click; `clickTime` reads it.
 */
function watchAfterClick(page, selector, text) {
  return page.evaluate(([sel, txt]) => {
    window.__bench = {};
    document.addEventListener('click', () => (window.__bench.click = performance.now()), { capture: true, once: true });
    const check = () => {
      if (window.__bench.click === undefined || window.__bench.done !== undefined) return;
      const el = [...document.querySelectorAll(sel)].find((e) => e.checkVisibility() && (!txt || e.textContent.includes(txt)));
      if (el) {
        window.__bench.done = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  }, [selector, text]);
}

async function clickTime(page) {
  await page.waitForFunction(() => window.__bench?.done !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => window.__bench.done - window.__bench.click);
}

/** Time to the sign-in screen: a fresh load of /inloggen until its username field shows. */
async function signInScreen(browser) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await throttle(page);
    await page.addInitScript(watchFirstShown, 'input#username');
    const t = await loadToShown(page, `${BASE}/inloggen`);
    if (i > 0) times.push(t); // the first load warms the server's file cache
    await context.close();
  }
  return { times };
}

/**
 * Time to the sign-in form and first contentful paint on a cheap phone on a
 * slow mobile network: CPU slowed 4× and Lighthouse's mobile network (150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up), files served gzip-compressed
 * (as a plain web server with gzip_static would), five cold loads.
 */
async function slowPhone(browser) {
  const form = [];
  const paint = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    try {
      await cdp.send('Network.setAcceptedEncodings', { encodings: ['gzip'] });
    } catch {
      // An older Chromium: it asks for Brotli too, which tests/serve.mjs has.
    }
    await page.addInitScript(watchFirstShown, 'input#username, [data-testid=signin-digid]');
    const t = await loadToShown(page, `${BASE}/inloggen`);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    if (i > 0) {
      form.push(t);
      if (fcp !== null) paint.push(fcp);
    }
    await context.close();
  }
  return { form: { times: form }, paint: paint.length ? { times: paint } : 'no paint timing' };
}

/**
 * Sanne's measurements run on the portal's own demo data: the manifest
 * without Bram's 5.3 MB bundle, which the demo server would otherwise load
 * at every sign-in (a real server holds it, the browser does not).
 */
async function withoutBench(context) {
  const manifest = fs.readFileSync(path.join(DIST, 'demo', 'manifest.json'), 'utf8');
  await context.route('**/demo/manifest.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: manifest }));
}

/** From the click on "Inloggen" (step 2) to Sanne's Home with her card. */
async function signInToHome(browser) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await withoutBench(context);
    await context.addInitScript(() => localStorage.setItem('portal.lang', 'nl'));
    const page = await context.newPage();
    const lastClick = await signInUntilLastClick(page, 'sanne');
    await throttle(page);
    await watchAfterClick(page, '[data-testid=patient-card]', 'Sanne de Vries');
    await lastClick.click();
    const t = await clickTime(page);
    if (i > 0) times.push(t);
    await context.close();
  }
  return { times };
}

/** Sanne's Home → Emma's Home from the bar, and back, timed each way. */
async function switchPatient(page) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    for (const [name, link] of [['Emma de Vries', () => page.locator('nav.patient-bar').getByRole('link', { name: 'Emma de Vries', exact: true })],
      ['Sanne de Vries', () => page.getByTestId('own-name')]]) {
      await watchAfterClick(page, '[data-testid=patient-card]', name);
      await link().click();
      const t = await clickTime(page);
      if (i > 0 && name === 'Emma de Vries') times.push(t);
    }
  }
  return { times };
}

/** JS heap after garbage collection and the wasm memory, in bytes. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  return { js: usedSize, wasm };
}

/** Memory after 5 and after 5 + 50 switches between Sanne, Noah, Emma and Daan. */
async function switchMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  const people = ['Noah de Vries', 'Emma de Vries', 'Daan de Vries', 'Sanne de Vries'];
  const switchTo = async (n) => {
    const name = people[n % people.length];
    const link = name === 'Sanne de Vries'
      ? page.getByTestId('own-name')
      : page.locator('nav.patient-bar').getByRole('link', { name, exact: true });
    await link.click();
    await page.getByTestId('patient-card').filter({ hasText: name }).waitFor({ timeout: 60000 });
    await page.waitForLoadState('networkidle');
  };
  for (let n = 0; n < 5; n++) await switchTo(n);
  const before = await memory(page, cdp);
  for (let n = 5; n < 5 + SWITCHES; n++) await switchTo(n);
  const after = await memory(page, cdp);
  return { before, after };
}

/**
 * Bram's whole record downloaded from Patiëntgegevens, CPU slowed down:
 * the time from the click to the file, the overall bar's values as it went
 * (sampled every 250 ms), the long tasks while collecting (PerformanceObserver),
 * and memory (JS heap after garbage collection plus the wasm memory) before
 * the click and after the download, once the file's object URL is revoked.
 */
async function exportRecord(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    localStorage.setItem('portal.lang', 'nl');
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  try {
    await signIn(page);
    await page.goto(`${BASE}/p/bench/gegevens`);
    await page.getByTestId('export-start').waitFor({ timeout: 60000 });
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const before = await memory(page, cdp);
    await page.evaluate(() => {
      window.__progress = [];
      window.__progressTimer = setInterval(() => {
        const bar = document.querySelector('#export-overall');
        if (bar) window.__progress.push(Number(bar.getAttribute('value')));
      }, 250);
      document.addEventListener('click', () => (window.__exportStart = performance.now()), { capture: true, once: true });
    });
    const download = page.waitForEvent('download', { timeout: 600000 });
    await page.getByTestId('export-start').click();
    const file = await download;
    const end = await page.evaluate(() => performance.now());
    const text = fs.readFileSync(await file.path(), 'utf8');
    const bundle = JSON.parse(text);
    const observations = bundle.entry.filter((e) => e.resource?.resourceType === 'Observation').length;
    const { start, progress, tasks } = await page.evaluate(() => {
      clearInterval(window.__progressTimer);
      return { start: window.__exportStart, progress: window.__progress, tasks: window.__longTasks };
    });
    const during = tasks.filter((t) => t.start >= start && t.start <= end);
    // The object URL is revoked 10 s after the download was offered.
    await page.waitForTimeout(11000);
    const after = await memory(page, cdp);
    return {
      ms: end - start,
      entries: bundle.entry.length,
      observations,
      bytes: text.length,
      progress,
      longest: during.reduce((m, t) => Math.max(m, t.duration), 0),
      // The three longest, as "duration at ms from the click".
      top: [...during].sort((a, b) => b.duration - a.duration).slice(0, 3)
        .map((t) => `${t.duration.toFixed(0)} ms at ${(t.start - start).toFixed(0)}`),
      longTasks: during.length,
      before,
      after,
    };
  } finally {
    await context.close();
  }
}

async function measure(site) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const errors = [];
  try {
    const startup = {};
    const early = async (label, fn) => {
      try {
        return await fn();
      } catch (e) {
        startup.failed = true;
        return `failed: ${e.message.split('\n')[0]}`;
      }
    };
    startup.screen = await early('sign-in screen', () => signInScreen(browser));
    startup.phone = await early('slow phone', () => slowPhone(browser));
    startup.home = await early('sign-in to Home', () => signInToHome(browser));
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await withoutBench(context);
      await context.addInitScript(() => {
        localStorage.setItem('portal.lang', 'nl');
        addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await signIn(page, 'sanne');
      await page.getByTestId('patient-card').waitFor({ timeout: 60000 });
      startup.memory = await early('memory', () => switchMemory(page));
      await throttle(page);
      startup.switch = await early('switch', () => switchPatient(page));
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('portal.lang', 'nl'));
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

    const signInStart = Date.now();
    try {
      await signIn(page);
    } catch (e) {
      throw fail(`sign-in as ${USER} failed at ${page.url()}: ${e.message.split('\n')[0]}; screenshot ${await shot(page, 'signin')}`);
    }
    const signInMs = Date.now() - signInStart;
    const landed = new URL(page.url()).pathname;

    const out = { signInMs, landed, errors, startup };
    if (startup.failed) out.failed = true;
    await throttle(page);
    const step = async (label, fn) => {
      try {
        return await fn();
      } catch (e) {
        const file = await shot(page, label.replace(/\W+/g, '-'));
        out.failed = true;
        return `failed: ${e.message.split('\n')[0]} (at ${page.url()}; screenshot ${file})`;
      }
    };

    out.click = await step('click results', async () => {
      await clickToResults(page); // warm-up
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push(await clickToResults(page));
      const rows = await page.locator(ROW).count();
      const groups = await page.locator('[data-testid=result-group]').count();
      const caption = (await page.locator('.results-count').textContent())?.trim();
      return { times, rows, groups, caption };
    });

    const loader = await context.newPage();
    await throttle(loader);
    loader.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    loader.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await loader.addInitScript(watchFirstShown, ROW);
    const byLoad = (label, url) =>
      step(label, async () => {
        await loadToShown(loader, url); // warm-up
        const times = [];
        for (let i = 0; i < RUNS; i++) times.push(await loadToShown(loader, url));
        const caption = (await loader.locator('.results-count').textContent())?.trim();
        const first = (await loader.locator('[data-testid=result-group] h2').first().textContent())?.trim();
        return { times, caption, first };
      });
    out.page100 = await byLoad('page 100', `${BASE}/p/bench/uitslagen?pagina=100`);
    out.page1 = await byLoad('page 1', `${BASE}/p/bench/uitslagen`);
    out.export = await step('export', () => exportRecord(browser));
    return out;
  } finally {
    await browser.close();
  }
}

let tmp;
let server;
let code = 0;
try {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  const data = prepare(tmp);
  console.log(
    `results: ${data.observations} observations in ${data.reports} reports ` +
      `(bench.json ${kb(data.bytes)} KB; persona "${USER}" = ${data.name}, BSN ${data.bsn})`,
  );
  if (data.observations !== RESULTS) console.log(`  note: wanted ${RESULTS} observations`);

  server = await serve(data.site);
  const m = await measure(data.site);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const verdict = (value, budget) => (value <= budget ? 'within budget' : 'OVER BUDGET');
  const timed = (label, r, budget, extra = () => '') => {
    if (typeof r === 'string' || !r) {
      console.log(`${label}: ${r ?? 'not measured'}`);
      return;
    }
    const med = median(r.times);
    console.log(`${label}: ${summary(r.times)}; budget ${budget} ms: ${verdict(med, budget)}${extra(r)}`);
  };
  console.log(`CPU slowed down ${CPU}× (BENCH_CPU); times are in-page (performance.now), medians of ${RUNS} runs after a warm-up`);
  timed('time to the sign-in screen (fresh load of /inloggen → username field shown)', m.startup.screen, BUDGET.signInScreen);
  const phone = m.startup.phone;
  if (phone && typeof phone !== 'string') {
    timed('slow phone (CPU 4×, 150 ms RTT, 1.6 Mbit/s, gzip), cold load of /inloggen → sign-in form shown', phone.form, BUDGET.phoneSignIn);
    timed('slow phone, first contentful paint', phone.paint, BUDGET.phonePaint);
    if (median(phone.form.times) > BUDGET.phoneSignInLimit) {
      console.log(`  the sign-in form came after more than ${BUDGET.phoneSignInLimit} ms: FAILED`);
      code = 1;
    }
  } else {
    console.log(`slow phone: ${phone ?? 'not measured'}`);
  }
  timed('time from sign-in to Home ("Inloggen" clicked → Sanne\'s card shown)', m.startup.home, BUDGET.signInToHome);
  timed('time to switch patient (Emma in the bar clicked → Emma\'s card shown)', m.startup.switch, BUDGET.switchPatient);
  timed('time to the first page of 5,000 results (click "Uitslagen" on Home → first row visible)', m.click, BUDGET.firstResults, (r) =>
    `; rows rendered: ${r.rows} in ${r.groups} groups ("${r.caption}")`);
  timed('  loading results page 100 directly (goto → first row visible, since navigation start)', m.page100, BUDGET.firstResults, (r) =>
    `; "${r.caption}", first group "${r.first}"`);
  timed('  loading results page 1 directly (same clock)', m.page1, BUDGET.firstResults, (r) => `; "${r.caption}"`);
  const mem = m.startup.memory;
  if (typeof mem === 'string' || !mem) {
    console.log(`memory after ${SWITCHES} patient switches: ${mem ?? 'not measured'}`);
  } else {
    const growth = (mem.after.js - mem.before.js) + ((mem.after.wasm ?? 0) - (mem.before.wasm ?? 0));
    const ok = growth <= BUDGET.memoryGrowthMB * 1024 * 1024;
    console.log(
      `memory after ${SWITCHES} patient switches: JS heap ${mb(mem.before.js)} → ${mb(mem.after.js)} MB, ` +
        `wasm ${mem.before.wasm === null ? '?' : mb(mem.before.wasm)} → ${mem.after.wasm === null ? '?' : mb(mem.after.wasm)} MB; ` +
        `growth ${mb(growth)} MB, bound ${BUDGET.memoryGrowthMB} MB: ${ok ? 'within bound' : 'OVER BOUND'}`,
    );
    if (!ok) code = 1;
    if (mem.after.wasm === null) console.log('  note: the wasm memory could not be read (TrunkApplicationStarted gave no exports)');
  }
  const ex = m.export;
  if (typeof ex === 'string' || !ex) {
    console.log(`downloading Bram's record: ${ex ?? 'not measured'}`);
  } else {
    const distinct = [...new Set(ex.progress)];
    const moving = distinct.length >= 5;
    console.log(
      `downloading Bram's record (Patiëntgegevens → file): ${(ex.ms / 1000).toFixed(1)} s, ${ex.entries} resources ` +
        `(${ex.observations} observations), ${(ex.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    console.log(
      `  overall bar, every 250 ms: ${ex.progress.length} samples, ${distinct.length} values (${distinct.join(' → ')} %): ` +
        `${moving ? 'moving' : 'NOT MOVING'}`,
    );
    const taskOk = ex.longest <= BUDGET.exportLongTask;
    console.log(
      `  longest task while collecting: ${ex.longest.toFixed(0)} ms (${ex.longTasks} tasks over 50 ms; ` +
        `longest: ${ex.top.join(', ')} of ${ex.ms.toFixed(0)} ms); ` +
        `budget ${BUDGET.exportLongTask} ms: ${taskOk ? 'within budget' : 'OVER BUDGET'}`,
    );
    const growth = (ex.after.js - ex.before.js) + ((ex.after.wasm ?? 0) - (ex.before.wasm ?? 0));
    const memOk = growth <= BUDGET.exportMemoryMB * 1024 * 1024;
    console.log(
      `  memory before → after the download: JS heap ${mb(ex.before.js)} → ${mb(ex.after.js)} MB, ` +
        `wasm ${ex.before.wasm === null ? '?' : mb(ex.before.wasm)} → ${ex.after.wasm === null ? '?' : mb(ex.after.wasm)} MB; ` +
        `growth ${mb(growth)} MB, bound ${BUDGET.exportMemoryMB} MB: ${memOk ? 'within bound' : 'OVER BOUND'}`,
    );
    if (ex.observations !== data.observations || !moving || !taskOk || !memOk) code = 1;
  }
  console.log(`sign-in as ${USER}: ${m.signInMs} ms wall clock (Node Date.now, not throttled before Home), landed on ${m.landed}`);
  if (m.errors.length) {
    const unique = [...new Set(m.errors)];
    console.log(`browser errors: ${m.errors.length} (${unique.length} distinct), e.g. ${unique.slice(0, 3).join(' | ')}`);
  }
  if (m.failed) code = 1;

  const s = bundleSize(data.site);
  console.log(`first load (what /inloggen downloads before the sign-in form: wasm, JS, CSS): ${kb(s.first)} KB gz (${s.how})`);
  if (s.over) code = 1;
} catch (e) {
  console.error(`bench: ${e.benchFailure ? e.message : e.stack}`);
  code = 1;
} finally {
  if (server && server.exitCode === null) server.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
