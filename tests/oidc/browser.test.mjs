// Console single sign-on in Debian's chromium (started by run.sh): the link on the sign-in page,
// the provider's login page, and back to the console signed in (the SameSite=Strict session
// cookie must reach the console after a way back that began on the provider's site); the admin
// page's sign-in identifiers; sign-out; an unknown user's refusal page. axe-core on the console's pages; a screenshot of the refusal.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BASE = process.env.VEIKART_URL;
const ISSUER = process.env.OIDC_ISSUER;
const SHOTS = join(here, '..', '..', 'docs', 'screenshots');
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let passed = 0, failed = 0;
async function step(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
}
function expect(cond, what) { if (!cond) throw new Error(what); }
async function axe(page, name) {
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const v = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(v.length === 0, `axe on ${name}: ${v.join('; ')}`);
}
async function account(sub, email, verified) {
  const r = await fetch(`${ISSUER}/test/account`, { method: 'POST', body: JSON.stringify({ sub, email, email_verified: verified }) });
  expect(r.status === 204, `the provider took the account: ${r.status}`);
}

const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vk-chrome-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
  locale: 'nb-NO',
  timezoneId: 'Europe/Oslo',
});
await ctx.addInitScript({ content: axeSource });
const page = ctx.pages()[0] || await ctx.newPage();

/** From the console's sign-in page through the provider's login page; the console page reached. */
async function signInThroughProvider() {
  await page.goto(`${BASE}/console/sign-in`);
  await page.click('a[href="/console/sso"]');
  await page.waitForURL(`${ISSUER}/interaction/**`);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/console\/(today|sso\/callback)/);
  await page.waitForLoadState();
}

await step('the sign-in page offers the municipality sign-in', async () => {
  await page.goto(`${BASE}/console/sign-in`);
  await axe(page, 'sign-in with single sign-on');
  expect(await page.locator('a[href="/console/sso"]').innerText() === 'Logg inn med kommunens pålogging', 'the link');
});

await step('a verified e-mail signs in through the provider and lands on the console', async () => {
  await account('idp-kari', 'kari.test@ostensjo.oslo.kommune.no', true);
  await signInThroughProvider();
  await page.waitForURL('**/console/today');
  expect((await page.locator('h1').innerText()).startsWith('I dag'), 'the today page');
  expect((await page.locator('.who').innerText()).includes('Kari Nordmann'), 'signed in as Kari');
  await axe(page, 'today after single sign-on');
});

await step('the admin page ties accounts to sign-in identifiers', async () => {
  await page.goto(`${BASE}/console/admin`);
  await axe(page, 'admin with single sign-on');
  const form = page.locator('form[action$="/sso-subject"]').first();
  await form.locator('input[name=subject]').fill('idp-kari');
  await form.locator('button[type=submit]').click();
  await page.waitForURL('**/console/admin');
  expect(await page.locator('form[action$="/sso-subject"] input[name=subject]').first().inputValue() === 'idp-kari', 'tied');
});

await step('sign-out ends the console session', async () => {
  await page.click('form[action="/console/sign-out"] button');
  await page.waitForURL('**/console/sign-in');
  await page.goto(`${BASE}/console/participants`);
  expect(page.url().endsWith('/console/sign-in'), `signed out: ${page.url()}`);
});

await step('an unknown user is refused with a page that says what to give the admin', async () => {
  // Another person at the provider: a browser not signed in there yet.
  await ctx.clearCookies();
  await account('idp-new-person', 'ny.ansatt@oslo.kommune.no', true);
  await signInThroughProvider();
  expect(page.url().includes('/console/sso/callback'), page.url());
  expect(await page.locator('h1').innerText() === 'Innloggingen ble avvist', 'refusal page');
  const text = await page.locator('main').innerText();
  expect(text.includes('ny.ansatt@oslo.kommune.no') && text.includes('idp-new-person'), text);
  await axe(page, 'refusal');
  await page.screenshot({ path: join(SHOTS, 'console-sso-refused.png') });
  await page.goto(`${BASE}/console/participants`);
  expect(page.url().endsWith('/console/sign-in'), `not signed in: ${page.url()}`);
});

await ctx.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
