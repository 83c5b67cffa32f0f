// The JS the app ships, gzipped, translations aside (they are in the locales-*.js chunk).
// Fails above the budget of 100 KB.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dir = new URL('../dist/assets/', import.meta.url).pathname;
let code = 0;
let locales = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const gz = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  if (f.startsWith('locales-')) locales += gz;
  else code += gz;
  console.log(`${f.padEnd(32)} ${(gz / 1024).toFixed(1)} KB gzip`);
}
console.log(`code: ${(code / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB); translations: ${(locales / 1024).toFixed(1)} KB gzip`);
if (code > BUDGET) {
  console.error('JS over budget');
  process.exit(1);
}
