// The harness every browser test file shares: the built UI (dist/) served from a fake origin in
// Debian's Chromium, the Rust side mocked (tests/mock), and the helpers the tests use (open a screen
// as a persona, axe-core, messages as the UI shows them, screenshots). run.mjs runs the tests.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const ui = resolve(here, '../..');
const dist = join(ui, 'dist');
const shots = resolve(ui, '../docs/screenshots');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ORIGIN = 'http://veikart.test';
export const NOW = new Date('2026-08-17T07:30:00Z'); // Monday 09:30 in Oslo
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
export const SHOTS = process.env.SCREENSHOTS !== '0';

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('ui/dist is missing: run `npm run build` first');
  process.exit(2);
}

const mockBundle = await build({
  entryPoints: [join(ui, 'tests/mock/entry.ts')],
  bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error',
});
export const MOCK = mockBundle.outputFiles[0].text;
export const AXE = readFileSync(join(ui, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const KEYS = [...readFileSync(resolve(ui, '../locales/en/app.ftl'), 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]);

/** A message as the UI shows it, without Fluent's isolation marks (compare with text()). */
const bundles = new Map();
export function msg(lang, id, args) {
  if (!bundles.has(lang)) {
    // The same tags as the app (src/locale.ts): Latin digits in every language.
    const b = new FluentBundle(lang === 'prs' ? 'fa-AF-u-nu-latn' : lang === 'ar' ? 'ar-u-nu-latn' : lang, { useIsolating: false });
    b.addResource(new FluentResource(readFileSync(resolve(ui, `../locales/${lang}/app.ftl`), 'utf8')));
    bundles.set(lang, b);
  }
  const b = bundles.get(lang);
  return b.formatPattern(b.getMessage(id).value, args ?? null);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml' };

const profileDir = mkdtempSync(join(tmpdir(), 'veikart-chromium-'));
export const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
  reducedMotion: 'reduce',
  viewport: { width: 360, height: 740 },
  locale: 'en-US',
  timezoneId: 'Europe/Oslo',
});
await context.route(`${ORIGIN}/**`, (route) => {
  const url = new URL(route.request().url());
  const file = join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
  return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
});
// Nothing else may be fetched: the app is offline-first.
await context.route((url) => !url.href.startsWith(ORIGIN) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'),
  (route) => route.abort());

let passed = 0;
let failed = 0;
const failures = [];

export async function test(name, fn) {
  if (only && !only.test(name)) return;
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await fn(page);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    failures.push(name);
    console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n  ')}`);
  } finally {
    await page.close();
  }
}

export async function open(page, { lang = 'nb', persona = 'semhar', route = 'today', width = 360, height = 740, enrolled = true, language, online, textScale, init, bidi, canScan, scanned } = {}) {
  await page.setViewportSize({ width, height });
  await page.clock.setFixedTime(NOW);
  const cfg = { persona, language: language === undefined ? lang : language, enrolled, online, textScale, bidi, canScan, scanned };
  if (init) await page.addInitScript(init);
  await page.addInitScript((c) => { window.__VEIKART_MOCK__ = c; }, cfg);
  await page.addInitScript({ content: MOCK });
  await page.goto(`${ORIGIN}/#/${route}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 10000 });
  await page.waitForSelector('main h1');
  await page.evaluate(() => document.fonts.ready);
}

export async function axe(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const res = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: { 'region': { enabled: true } } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  if (res.length) throw new Error(`axe ${label}:\n    ${res.join('\n    ')}`);
}

/** No Fluent id may show up as text (a missing translation). */
export async function noRawKeys(page) {
  const text = await page.evaluate(() => document.body.innerText);
  const found = KEYS.filter((k) => k.includes('-') && new RegExp(`(^|\\s)${k}(\\s|$)`).test(text));
  if (found.length) throw new Error(`untranslated ids on screen: ${found.join(', ')}`);
}

export async function noHorizontalScroll(page) {
  const [sw, w, wide] = await page.evaluate(() => {
    const w = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > w + 1 || r.left < -1;
    }).slice(-3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return [document.documentElement.scrollWidth, w, wide];
  });
  if (sw > w + 1) throw new Error(`horizontal scroll: ${sw} > ${w} (${wide.join(', ')})`);
}

/** Visible text without Fluent's bidi isolation marks. */
export async function text(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, '');
}

export function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}

export async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(shots, { recursive: true });
  // Grow the viewport to the whole page so the sticky bottom bar sits at the bottom of the image.
  const size = page.viewportSize();
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(shots, `${name}.png`) });
  await page.setViewportSize(size);
}

/** Close the browser, print the summary ("N passed, M failed") and exit non-zero on a failure. */
export async function finish() {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  if (failures.length) console.log(`failed: ${failures.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

