// The JS and CSS the app ships, gzipped, and what a device loads of it: the code, its own language's
// messages and English (the fallback), and the stylesheets. Each language's messages must be a chunk
// of their own (locales-<lang>-*.js, loaded when the language is chosen). Fails above the budgets.
//
// Measured (gzip -9), before the translations were split (all eight in one chunk, always loaded):
// code 20.3 KB, translations 44.5 KB, so 64.8 KB of JS at every start, and every language's messages
// parsed once the language list or Me was shown; CSS 3.8 KB with both fonts' @font-face rules. After:
// code 21.4 KB (the on-demand loader), each language 5.7 (en) to 7.7 KB (ru); a device loads the code,
// its language and English: 27.2 KB (en) to 34.8 KB (ru), 34.3 KB in ti; CSS 3.6 KB, and 0.2 KB per
// script's font stylesheet (Ge'ez, Arabic), loaded only for the languages written in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CODE_BUDGET = 100 * 1024; // the app's own JS, without translations
const LANGUAGE_BUDGET = 15 * 1024; // one language's messages
const LANGUAGES = ['nb', 'en', 'uk', 'ru', 'ar', 'ti', 'prs', 'so'];
const dir = new URL('../dist/assets/', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;

let code = 0;
const locale = {};
let failed = false;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css')).sort()) {
  const size = gz(f);
  const m = /^locales-([a-z]+)-/.exec(f);
  if (m) locale[m[1]] = (locale[m[1]] ?? 0) + size;
  else if (f.endsWith('.js')) code += size;
  console.log(`${f.padEnd(32)} ${kb(size)} gzip`);
}
console.log(`code: ${kb(code)} gzip (budget ${kb(CODE_BUDGET)})`);
if (code > CODE_BUDGET) {
  console.error('JS over budget');
  failed = true;
}
for (const l of LANGUAGES) {
  if (locale[l] === undefined) {
    console.error(`no chunk of its own for ${l}'s messages (locales-${l}-*.js): are the translations bundled together again?`);
    failed = true;
    continue;
  }
  const loads = code + locale[l] + (l === 'en' ? 0 : locale.en ?? 0);
  console.log(`${l.padEnd(4)} messages ${kb(locale[l])} (budget ${kb(LANGUAGE_BUDGET)}); JS a device in ${l} loads: ${kb(loads)}`);
  if (locale[l] > LANGUAGE_BUDGET) {
    console.error(`${l}'s messages over budget`);
    failed = true;
  }
}
if (failed) process.exit(1);
