// The caseworker console in Debian's chromium against a real veikart-server (started by run.sh):
// sign in, create a participant, print the code sheet in Tigrinya and Arabic and enrol the `veikart`
// CLI with its link, move a course session
// and see it in the CLI's next sync, a page of a required document from the CLI judged in the pack,
// agree a proposal the CLI made (and see it reach the device),
// receipts (what the CLI sent is seen by the caseworker who opened the page), a proposal declined
// with a reason and one commented on,
// the today page's queues, a meeting's next steps in the plan (the CLI marks its own done), the
// report's charts; the teacher's class list and the school's part of a three-way meeting;
// axe-core on every page;
// screenshots of the main pages into docs/screenshots/console-*.png.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BASE = process.env.VEIKART_URL;
const CLI = process.env.VEIKART_CLI;
const EMAIL = process.env.VEIKART_EMAIL;
const PASSWORD = process.env.VEIKART_PASSWORD;
const SHOTS = join(here, '..', '..', 'docs', 'screenshots');
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const deviceDb = join(mkdtempSync(join(tmpdir(), 'vk-cli-')), 'device.sqlite');
const cli = (...args) => execFileSync(CLI, ['--db', deviceDb, ...args], { encoding: 'utf8' });

let passed = 0, failed = 0;
async function step(name, fn) {
  try {
    await fn();
    const r = refused.splice(0);
    expect(r.length === 0, `refused by the Content-Security-Policy: ${r.join('; ')}`);
    passed++; console.log(`ok   ${name}`);
  }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
}
function expect(cond, what) { if (!cond) throw new Error(what); }

// axe-core comes in through an init script: the console's Content-Security-Policy refuses inline
// scripts, which is what `addScriptTag` would add.
async function axe(page, name) {
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const v = result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(v.length === 0, `axe on ${name}: ${v.join('; ')}`);
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
// Anything the Content-Security-Policy refused (a stylesheet, a form, an inline style) fails the step.
const refused = [];
page.on('console', (msg) => {
  if (/Content.Security.Policy/i.test(msg.text())) refused.push(msg.text());
});
let participantUrl = '';
/** The teacher's class (the demo's Rosenhof A2), once the teacher step has opened it. */
let classUrl = '';

await step('sign in', async () => {
  await page.goto(`${BASE}/console/sign-in`);
  await axe(page, 'sign-in');
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('header.top')).backgroundColor);
  expect(bg === 'rgb(16, 50, 79)', `the stylesheet applies under the CSP: ${bg}`);
  await page.screenshot({ path: join(SHOTS, 'console-signin.png') });
  await page.fill('#email', EMAIL);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  // The console starts on what needs the caseworker today.
  await page.waitForURL('**/console/today');
  expect((await page.locator('h1').innerText()).startsWith('I dag'), 'the today page');
  await page.click('nav a[href="/console/participants"]');
  await page.waitForURL('**/console/participants');
  expect(await page.locator('h1').innerText() === 'Mine deltakere', 'participant list');
  await axe(page, 'participants');
  await page.screenshot({ path: join(SHOTS, 'console-participants.png') });
});

await step('create a participant', async () => {
  await page.click('a[href="/console/participants/new"]');
  await axe(page, 'new participant');
  // Sent without a name: the form comes back with the message next to the field.
  await page.fill('#participant-settled_on', '2026-06-08');
  await page.click('main form button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#participant-name-error').innerText() === 'Fyll ut dette feltet.', 'name error shown');
  expect(await page.locator('#participant-name').getAttribute('aria-invalid') === 'true', 'name marked invalid');
  await axe(page, 'new participant with errors');
  await page.fill('#participant-name', 'Testa Deltaker');
  await page.fill('#participant-settled_on', '2026-06-08');
  await page.check('#participant-recognition_relevant');
  await page.click('main form button[type=submit]');
  await page.waitForURL(/\/console\/participants\/[0-9a-f]{32}/);
  participantUrl = page.url();
  expect((await page.locator('h1').innerText()) === 'Testa Deltaker', 'participant page');
  await axe(page, 'participant');
});

let code = '';
/** Set the participant's language on their page (the profile form keeps everything else). */
async function setLanguage(lang) {
  await page.goto(participantUrl);
  await page.selectOption('#profile-preferred_language', lang);
  await page.click('#profile button[type=submit]');
  await page.waitForLoadState();
}

await step('the code sheet in the participant\'s language with Norwegian beside it: Tigrinya, Arabic', async () => {
  const sheets = { ti: ['Veikart ምስ ተሌፎንኩም ኣራኽቡ', 'ltr'], ar: ['اربط Veikart بهاتفك', 'rtl'] };
  for (const [lang, [title, dir]] of Object.entries(sheets)) {
    await setLanguage(lang);
    await page.click('#devices form button[type=submit]');
    await page.waitForSelector('#enrolment-code');
    const h = page.locator('#sheet-title');
    expect((await h.innerText()).trim() === title && await h.getAttribute('lang') === lang && await h.getAttribute('dir') === dir,
      `${lang} title: ${await h.innerText()}`);
    expect((await page.locator('.sheet-nb-title').innerText()).trim() === 'Koble Veikart til telefonen din', 'the Norwegian beside it');
    expect(await page.locator(`.sheet-col[lang="${lang}"]`).count() === 1 && await page.locator('.sheet-col[lang="nb"]').count() === 1, 'two columns');
    code = (await page.locator('#enrolment-code').innerText()).trim();
    expect(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code), `code ${code}`);
    const link = (await page.locator('#enrolment-link').innerText()).trim();
    expect(link === `${BASE}/enrol#${code}`, `the link names this server and the code: ${link}`);
    expect(await page.locator('figure svg').count() === 1, 'QR code');
    await axe(page, `code sheet ${lang}`);
    // Printed, it is one A4 page: the console's header and the screen-only notes are not on it.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages === 1, `${lang} sheet prints on ${pages} page(s)`);
    await page.screenshot({ path: join(SHOTS, `console-code-${lang}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
});

await step('enrol the CLI with the sheet\'s link alone (it names the server)', async () => {
  const link = (await page.locator('#enrolment-link').innerText()).trim();
  cli('enrol', '--code', link);
  cli('sync');
  await setLanguage('nb');
});

await step('move a course session; the next sync shows it', async () => {
  await page.goto(`${BASE}/console/courses`);
  await axe(page, 'courses');
  await page.fill('#course-name', 'Norsk A2 torsdag');
  await page.fill('#course-starts_on', '2026-09-01');
  await page.fill('#course-ends_on', '2026-10-31');
  await page.click('form[action="/console/courses"] button[type=submit]');
  await page.waitForURL(/\/console\/courses\/[0-9a-f]{32}/);
  await page.selectOption('#member-participant_id', { label: 'Testa Deltaker' });
  await page.click('#members form button[type=submit]');
  await page.check('#term-thu');
  await page.fill('#term-room', 'Rom 2');
  await page.click('#term button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#sessions tbody tr').count() >= 8, 'sessions generated');
  const first = page.locator('#sessions tbody tr').first();
  await first.locator('summary').click();
  // Ending before it starts: shown again, open, with the message next to the end time.
  await first.locator('input[name=end]').fill('08:00');
  await first.locator('form[action$="/move"] button').click();
  await page.waitForLoadState();
  const endError = first.locator('.field-error');
  expect((await endError.innerText()).includes('Slutten må være etter starten'), 'end error shown');
  await axe(page, 'course with a move error');
  await first.locator('input[name=end]').fill('11:30');
  await first.locator('input[name=room]').fill('Rom 314');
  await first.locator('form[action$="/move"] button').click();
  await page.waitForLoadState();
  await axe(page, 'course');
  await page.screenshot({ path: join(SHOTS, 'console-course.png'), fullPage: false });
  cli('sync');
  const week = JSON.parse(cli('--json', 'week', '--from', '2026-09-01', '--days', '7'));
  expect(JSON.stringify(week).includes('Rom 314'), 'the CLI sees the moved session');
});

await step('agree a proposal the CLI made', async () => {
  cli('propose', 'Søke godkjenning av ingeniørutdanningen');
  cli('sync');
  await page.goto(participantUrl);
  const agree = page.locator('form[action$="/agree"] button');
  expect(await agree.count() === 1, 'the proposal shows');
  await page.screenshot({ path: join(SHOTS, 'console-participant.png') });
  await agree.click();
  await page.waitForLoadState();
  // The change has reached none of the participant's devices yet.
  const reach = async () => (await page.locator('p.reach').innerText()).trim();
  expect((await reach()).startsWith('Siste endring har nådd 0 av 1 enhet.'), `before the sync: ${await reach()}`);
  cli('sync');
  const plan = JSON.parse(cli('--json', 'plan'));
  const s = JSON.stringify(plan);
  expect(s.includes('"agreed":true'), 'the CLI sees the agreed proposal');
  // Its next sync says it holds the change; the server writes that down within 15 seconds.
  cli('sync');
  let said = '';
  for (let i = 0; i < 40; i++) {
    await page.goto(participantUrl);
    said = await reach();
    if (said.startsWith('Siste endring har nådd 1 av 1 enhet.')) break;
    await page.waitForTimeout(500);
  }
  expect(said.startsWith('Siste endring har nådd 1 av 1 enhet.'), `after the sync: ${said}`);
  await axe(page, 'participant with reach');
  await page.screenshot({ path: join(SHOTS, 'console-participant-reach.png') });
});

await step('receipts: the device answers and proposes, the caseworker opens the page, the device says seen by her first name', async () => {
  const weekOf = () => JSON.parse(cli('--json', 'week', '--from', '2026-09-01', '--days', '7'));
  const session = weekOf().events[0];
  expect(session, 'a session to answer');
  cli('answer', session.id, 'cant-come', '--reason', 'Jeg er hos legen.');
  cli('propose', 'Kveldskurs i norsk');
  cli('propose', 'Truckførerkurs');
  const proposal = (title) => {
    const plan = JSON.parse(cli('--json', 'plan'));
    return [...plan.goals.flatMap((g) => g.activities), ...plan.other_activities].find((a) => a.title.text === title);
  };
  const answerOf = () => weekOf().events.find((e) => e.id === session.id).answer;
  expect(answerOf().receipt.state === 'waiting', `waiting before the sync: ${JSON.stringify(answerOf().receipt)}`);
  expect(proposal('Truckførerkurs').receipt.state === 'waiting', 'the proposal waits');
  cli('sync');
  expect(answerOf().receipt.state === 'sent', `sent after the sync: ${JSON.stringify(answerOf().receipt)}`);
  expect(proposal('Truckførerkurs').receipt.state === 'sent', 'the proposal is sent');
  // Kari opens the page: what the participant sent is seen by her; the device's next sync says so.
  await page.goto(participantUrl);
  cli('sync');
  const seen = answerOf().receipt;
  expect(seen.state === 'seen' && seen.by === 'Kari', `seen by Kari: ${JSON.stringify(seen)}`);
  expect(proposal('Truckførerkurs').receipt.by === 'Kari', 'the proposal is seen by Kari');
  // A new answer is a new thing to see: sent again, not seen.
  cli('answer', session.id, 'coming');
  cli('sync');
  expect(answerOf().receipt.state === 'sent', `a new answer is unseen: ${JSON.stringify(answerOf().receipt)}`);
});

await step('a proposal declined with a reason and one commented on; the device shows both', async () => {
  await page.goto(participantUrl);
  const card = (title) => page.locator('li.proposal', { hasText: title });
  // Declining without a reason: the form comes back open with the problem at the field.
  await card('Truckførerkurs').locator('summary', { hasText: 'Avslå forslaget' }).click();
  await card('Truckførerkurs').locator('form[action$="/decline"] button').click();
  await page.waitForLoadState();
  const reason = card('Truckførerkurs').locator('form[action$="/decline"] textarea');
  expect(await reason.getAttribute('aria-invalid') === 'true', 'the reason is asked for');
  await axe(page, 'participant with a decline form sent back');
  await reason.fill('Truckførerkurs er ikke en del av programmet nå. Vi tar det opp igjen til våren.');
  await card('Truckførerkurs').locator('form[action$="/decline"] button').click();
  await page.waitForLoadState();
  expect(await card('Truckførerkurs').count() === 0, 'the declined proposal is no longer open');
  await card('Kveldskurs i norsk').locator('summary', { hasText: 'Kommenter' }).click();
  await card('Kveldskurs i norsk').locator('form[action$="/comment"] textarea').fill('Hvilke kvelder passer for deg?');
  await card('Kveldskurs i norsk').locator('form[action$="/comment"] button').click();
  await page.waitForLoadState();
  const commented = await card('Kveldskurs i norsk').innerText();
  expect(commented.includes('Hvilke kvelder passer for deg?'), `the comment shows on the open proposal: ${commented}`);
  expect((await page.locator('#plan').innerText()).includes('avslått av Kari'), 'the plan says declined by Kari');
  await axe(page, 'participant with answered proposals');
  await page.locator('#plan').screenshot({ path: join(SHOTS, 'console-proposals.png') });
  cli('sync');
  const plan = JSON.parse(cli('--json', 'plan'));
  const all = [...plan.goals.flatMap((g) => g.activities), ...plan.other_activities];
  const declined = all.find((a) => a.title.text === 'Truckførerkurs');
  expect(declined.status === 'cancelled' && declined.response.outcome === 'declined' && declined.response.by === 'Kari'
    && declined.response.comment.text.startsWith('Truckførerkurs er ikke') && declined.response.comment.lang === 'nb',
  `declined on the device: ${JSON.stringify(declined)}`);
  const open = all.find((a) => a.title.text === 'Kveldskurs i norsk');
  expect(open.status === 'proposed' && open.response.outcome === 'commented', `commented on the device: ${JSON.stringify(open)}`);
});

await step('today: counted queues in words and order, what the device sent is counted, each links to where to act', async () => {
  const count = async (key) => Number(await page.locator(`a[href="#q-${key}"] .count`).innerText());
  const listed = async (key) => page.locator(`#q-${key} ul.items > li:not(.muted)`).count();
  await page.goto(`${BASE}/console/today`);
  const before = { proposals: await count('proposals'), unread: await count('unread') };
  cli('propose', 'Ta førerkort klasse B');
  cli('send', 'Jeg kommer litt senere i dag.');
  cli('sync');
  await page.reload();
  expect(await count('proposals') === before.proposals + 1, `one more proposal: ${before.proposals} → ${await count('proposals')}`);
  expect(await count('unread') === before.unread + 1, `one more unread message: ${before.unread} → ${await count('unread')}`);
  // Each queue's count is what it lists (unread messages are listed per participant).
  for (const key of ['deadlines', 'meetings', 'cant-come', 'proposals', 'documents']) {
    expect(await count(key) === await listed(key), `${key}: ${await count(key)} counted, ${await listed(key)} listed`);
  }
  // Severity in words, not colour alone: every queue with something in it says how urgent, and
  // the queues with something come before the empty ones.
  const queues = await page.locator('ol.queues > li').evaluateAll((lis) => lis.map((li) => ({
    count: Number(li.querySelector('.count').textContent), word: li.querySelector('.severity')?.textContent || '' })));
  expect(queues.every((q) => q.count === 0 || q.word.length > 0), `words: ${JSON.stringify(queues)}`);
  expect(queues.findIndex((q) => q.count === 0) === -1 || queues.slice(queues.findIndex((q) => q.count === 0)).every((q) => q.count === 0), 'empty queues last');
  // Testa Deltaker, settled 2026-06-08 with no programme, is past the § 12 limit.
  const late = page.locator('#q-deadlines li', { hasText: 'Testa Deltaker' });
  expect((await late.innerText()).startsWith('Over fristen:'), `overdue in words: ${await late.innerText()}`);
  await axe(page, 'today');
  await page.screenshot({ path: join(SHOTS, 'console-today.png'), fullPage: true });
  // The proposal links to the plan, where it is agreed; then it leaves the queue. A long queue
  // shows its first eight and folds the rest.
  const fold = page.locator('#q-proposals details.more');
  if (await fold.count()) {
    expect(await count('proposals') > 8 && await fold.locator('li').count() === await count('proposals') - 8, 'the fold holds the rest');
    await fold.locator('summary').click();
  }
  await page.locator('#q-proposals li', { hasText: 'Ta førerkort klasse B' }).locator('a').click();
  await page.waitForURL(/#plan$/);
  await page.locator('li.proposal', { hasText: 'Ta førerkort klasse B' }).locator('form[action$="/agree"] button').click();
  await page.waitForLoadState();
  await page.goto(`${BASE}/console/today`);
  expect(await count('proposals') === before.proposals, 'the agreed proposal left the queue');
  await page.locator('#q-unread li', { hasText: 'Testa Deltaker' }).locator('a').click();
  await page.waitForURL(/#messages$/);
  expect((await page.locator('ol.thread').innerText()).includes('Jeg kommer litt senere i dag.'), 'the message is there');
});

await step('a message from a template: mistakes at the fields, the Norwegian text shown, sent, the device gets it', async () => {
  await page.goto(participantUrl);
  const form = page.locator('#template-bring_documents');
  await form.locator('xpath=..').locator('summary').click();
  const outline = await form.locator('.outline').innerText();
  expect(outline.includes('Ta med dette til møtet vårt ([tidspunkt]):'), `the text with its places: ${outline}`);
  await axe(page, 'template form');
  // Asked for the text without a date or a document: the problems at their fields.
  await form.locator('button[name=preview]').click();
  await page.waitForLoadState();
  expect(await page.locator('#template-bring_documents-at_date-error').count() === 1, 'date error');
  expect(await page.locator('#template-bring_documents-documents-error').count() === 1, 'documents error');
  expect(await page.locator('#form-errors a[href="#template-bring_documents"]').count() === 1, 'the notice links to the form');
  await axe(page, 'template form with errors');
  await page.fill('#template-bring_documents-at_date', '2026-09-01');
  await page.fill('#template-bring_documents-at_time', '09:00');
  await page.check('#template-bring_documents-documents_passport_copy');
  await page.check('#template-bring_documents-documents_diploma');
  await page.fill('#template-bring_documents-note', 'Kom gjerne litt før.');
  await page.click('#template-bring_documents button[name=preview]');
  await page.waitForLoadState();
  const preview = await page.locator('#template-bring_documents-preview').innerText();
  expect(preview.includes('Ta med dette til møtet vårt (tirsdag 1. september kl. 09:00):\n– Vitnemål\n– Kopi av pass\n\nKom gjerne litt før.'), `preview: ${preview}`);
  expect(await page.locator('#form-errors').count() === 0, 'a preview is no error');
  await axe(page, 'template preview');
  await page.locator('#template-bring_documents').screenshot({ path: join(SHOTS, 'console-template.png') });
  await page.click('#template-bring_documents button:not([name])');
  await page.waitForURL(/#messages$/);
  const thread = await page.locator('ol.thread').innerText();
  expect(thread.includes('Fra malen «Ta med dokumenter til et møte»'), `the thread: ${thread}`);
  cli('sync');
  const messages = JSON.parse(cli('--json', 'messages')).messages;
  const sent = messages.find((m) => m.template?.key === 'bring_documents');
  expect(sent, `the device has it: ${JSON.stringify(messages)}`);
  expect(sent.template.params.at.value === '2026-09-01T07:00:00Z', `09:00 in Oslo: ${JSON.stringify(sent.template)}`);
  expect(sent.body.text.startsWith('Ta med dette til møtet vårt'), 'and the Norwegian body');
});

await step('a meeting\'s next steps land in the plan; the device marks its own done, the console shows it', async () => {
  await page.goto(participantUrl);
  await page.locator('#schedule details > summary').last().click();
  await page.selectOption('#event-event_kind', 'trekantsamtale');
  await page.fill('#event-title', 'Trekantsamtale om språkpraksisen');
  await page.fill('#event-date', '2026-08-14');
  await page.fill('#event-start', '10:00');
  await page.fill('#event-end', '11:00');
  await page.click('form[action$="/events"] button[type=submit]');
  await page.waitForURL(/#schedule$/);
  const card = page.locator('#schedule article.card', { hasText: 'Trekantsamtale om språkpraksisen' });
  const form = card.locator('form[action$="/steps"]');
  const eventId = (await form.getAttribute('action')).split('/')[3];
  await card.locator('summary', { hasText: 'Legg til et steg i planen' }).click();
  await page.fill(`#step-${eventId}-title`, 'Spørre butikken om flere timer');
  await page.selectOption(`#step-${eventId}-owner`, 'participant');
  await page.fill(`#step-${eventId}-due`, '2026-09-15');
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/#schedule$/);
  await card.locator('summary', { hasText: 'Legg til et steg i planen' }).click();
  await page.fill(`#step-${eventId}-title`, 'Snakke med læreren om timeplanen');
  await page.selectOption(`#step-${eventId}-owner`, 'caseworker');
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/#schedule$/);
  const steps = async () => (await card.locator('ul.steps').innerText()).trim();
  expect((await steps()).includes('Spørre butikken om flere timer – Deltakeren, frist 15.09.2026 · planlagt'), `the card lists it: ${await steps()}`);
  await axe(page, 'participant with next steps');

  cli('sync');
  const plan = JSON.parse(cli('--json', 'plan'));
  const step = (plan.next_steps || []).find((a) => a.title.text === 'Spørre butikken om flere timer');
  expect(step && step.from_event_id === eventId && step.from_meeting?.event_kind === 'trekantsamtale' && step.mine,
    `the device's plan has it from the meeting: ${JSON.stringify(plan.next_steps)}`);
  expect(!(plan.other_activities || []).some((a) => a.from_event_id), 'not among the other activities');
  const theirs = plan.next_steps.find((a) => a.title.text === 'Snakke med læreren om timeplanen');
  expect(theirs && !theirs.mine, 'NAV\'s step is not the participant\'s to move');
  cli('activity', step.id, 'done');
  cli('sync');
  await page.goto(participantUrl);
  expect((await steps()).includes('Spørre butikken om flere timer – Deltakeren, frist 15.09.2026 · fullført'), `done in the console: ${await steps()}`);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(SHOTS, 'console-next-steps.png') });
});

await step('the recognition pack: a page from the device, its thumbnail in the console, accepted, the device hears it', async () => {
  await page.goto(participantUrl);
  await page.locator('#recognition details > summary').last().click();
  await page.fill('#case-credential', 'Bachelor i sykepleie');
  await page.click('form[action$="/cases"] button[type=submit]');
  await page.waitForURL(/#recognition$/);
  await page.goto(participantUrl);
  const addDoc = page.locator('#recognition form[action$="/documents"]').first();
  await addDoc.locator('select[name=document_kind]').selectOption('diploma');
  await addDoc.locator('button[type=submit]').click();
  await page.waitForURL(/#recognition$/);
  cli('sync');
  const diploma = () => JSON.parse(cli('--json', 'recognition')).cases
    .flatMap((c) => c.documents).find((d) => d.document_kind === 'diploma');
  expect(diploma(), 'the device has the diploma to get');
  // A scanned A4 page: white with dark lines of "text", as a phone's photo would be after the app shrank it.
  const scan = join(mkdtempSync(join(tmpdir(), 'vk-page-')), 'diploma.png');
  execFileSync('convert', ['-size', '620x877', 'xc:white', '-fill', '#222',
    ...Array.from({ length: 14 }, (_, i) => ['-draw', `rectangle 60,${90 + i * 50} ${300 + (i * 37) % 260},${104 + i * 50}`]).flat(),
    scan]);
  cli('add-page', diploma().id, scan);
  expect(cli('sync').includes('1 page(s) sent'), 'the CLI sends the page');
  await page.goto(participantUrl);
  const row = page.locator('#recognition tr', { hasText: 'Vitnemål' });
  const thumb = row.locator('ul.pages img');
  await thumb.waitFor();
  expect(await thumb.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail shows');
  await axe(page, 'participant with a recognition pack');
  await page.locator('#recognition').scrollIntoViewIfNeeded();
  await page.locator('#recognition').screenshot({ path: join(SHOTS, 'console-pack.png') });
  const verdict = row.locator('form[action$="/verdict"]');
  await verdict.locator('select[name=code]').selectOption('accepted');
  await verdict.locator('button[type=submit]').click();
  await page.waitForURL(/#recognition$/);
  expect((await row.locator('.verdict').innerText()).includes('Godkjent'), `the console says accepted: ${await row.innerText()}`);
  cli('sync');
  expect(diploma().verdict?.code === 'accepted', `the device has the verdict: ${JSON.stringify(diploma())}`);
});

await step('wording proposals: the device proposes, the page lists them, the patch applies to the repository', async () => {
  cli('wording', '--language', 'uk', '--key', 'nav-me', 'Мій профіль', '--comment', 'Коротше і зрозуміліше');
  cli('wording', '--language', 'uk', '--key', 'sync-pending', '2 зміни чекають');
  cli('sync');
  await page.goto(`${BASE}/console/wording`);
  await axe(page, 'wording');
  const card = await page.locator('#wording-uk-nav-me').innerText();
  expect(card.includes('Мій профіль') && card.includes('Коротше і зрозуміліше') && card.includes('Me'), `the proposal: ${card}`);
  expect(!(await page.locator('main').innerText()).includes('Testa'), 'no one is named');
  await page.screenshot({ path: join(SHOTS, 'console-wording.png'), fullPage: true });
  const res = await page.request.get(`${BASE}/console/wording.patch?lang=uk`);
  expect(res.status() === 200, `patch ${res.status()}`);
  const patch = await res.text();
  expect(patch.includes('\n+nav-me = Мій профіль\n'), patch);
  execFileSync('git', ['apply', '--check', '-'], { input: patch, cwd: join(here, '..', '..') });
  await page.goto(`${BASE}/console/wording/bydeler`);
  await axe(page, 'wording, every bydel');
});

await step('forms with mistakes come back with the problem at each field', async () => {
  // A three-way meeting that ends before it starts, with a name that would turn the line around.
  await page.goto(participantUrl);
  await page.locator('#event').locator('xpath=..').locator('summary').click();
  await page.selectOption('#event-event_kind', 'trekantsamtale');
  await page.fill('#event-title', 'Oppfølging etter praksis');
  await page.fill('#event-date', '2026-09-16');
  await page.fill('#event-start', '11:00');
  await page.fill('#event-end', '10:00');
  await page.fill('#event-nav_adviser', '\u202EKari Nav');
  await page.click('#event button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#form-errors a[href="#event"]').count() === 1, 'the notice links to the form');
  expect((await page.locator('#event-end-error').innerText()).includes('Slutten må være etter starten'), 'end error');
  expect((await page.locator('#event-nav_adviser-error').innerText()).includes('skriveretningen'), 'override error');
  expect(await page.locator('#event-title').inputValue() === 'Oppfølging etter praksis', 'the title is kept');
  expect(await page.locator('#event').isVisible(), 'the form is open');
  await axe(page, 'participant with event errors');
  await page.locator('#event').scrollIntoViewIfNeeded();
  await page.locator('#event').screenshot({ path: join(SHOTS, 'console-form-errors.png') });
  // The admin's new account: an e-mail without @ and a short password.
  await page.goto(`${BASE}/console/admin`);
  await page.fill('#caseworker-name', 'Ola Nordmann');
  await page.fill('#caseworker-email', 'ola.example.no');
  await page.fill('#caseworker-password', 'kort');
  await page.click('#caseworker button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#caseworker-email-error').count() === 1, 'e-mail error');
  expect(await page.locator('#caseworker-password-error').count() === 1, 'password error');
  expect(await page.locator('#caseworker-name').inputValue() === 'Ola Nordmann', 'the name is kept');
  expect(await page.locator('#caseworker-password').inputValue() === '', 'the password is not sent back');
  await axe(page, 'admin with errors');
  // The bydel's absence rules: a number past its ceiling is marked, and the form keeps what was typed.
  await page.fill('#absence-flag_hours_per_month', '500');
  await page.click('#absence button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#absence-flag_hours_per_month-error').count() === 1, 'absence rule error');
  expect(await page.locator('#absence-flag_hours_per_month').inputValue() === '500', 'the wrong number is kept to correct');
  await axe(page, 'admin with an absence rule error');
  await page.locator('section:has(#absence)').screenshot({ path: join(SHOTS, 'console-absence-rules.png') });
  await page.fill('#absence-flag_hours_per_month', '8');
  await page.click('#absence button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#absence-flag_hours_per_month').inputValue() === '8', 'the rule is saved');
  // A timetable with bad lines: each named, the text kept.
  await page.goto(`${BASE}/console/courses`);
  await page.click('text=Norsk A2 torsdag');
  await page.fill('#import-csv', '2026-09-07,09:00,11:30,Rom 2\n2026-09-08,11:30,09:00\n1999-01-01,09:00,10:00');
  await page.click('#import button[type=submit]');
  await page.waitForLoadState();
  const lines = await page.locator('#import-csv-error li').allInnerTexts();
  expect(lines.length === 2 && lines[0].startsWith('Linje 2') && lines[1].startsWith('Linje 3'), `lines named: ${lines}`);
  expect((await page.locator('#import-csv').inputValue()).startsWith('2026-09-07'), 'the text is kept');
  await axe(page, 'course with import errors');
});

await step('reports: own bydel, every bydel, a wrong period, CSV', async () => {
  // A three-way meeting held in September counts in the report.
  await page.goto(participantUrl);
  await page.locator('form[action$="/events"]').locator('xpath=..').locator('summary').click();
  await page.selectOption('#event-event_kind', 'trekantsamtale');
  await page.fill('#event-date', '2026-09-15');
  await page.fill('#event-start', '10:00');
  await page.fill('#event-end', '11:00');
  await page.click('form[action$="/events"] button[type=submit]');
  await page.waitForLoadState();
  await page.goto(`${BASE}/console/reports`);
  await axe(page, 'reports');
  expect((await page.locator('h2').first().innerText()).startsWith('Bosatt'), 'this quarter by default');
  // A chart per indicator: an image named by its title, described value by value, the table kept;
  // shares with their percentages in the table.
  const charts = page.locator('figure.chart-card svg[role="img"]');
  expect(await charts.count() === 9, `nine charts: ${await charts.count()}`);
  const chart = page.locator('figure.chart-card', { hasText: 'Startet innen tre måneder' }).locator('svg');
  const labelled = (await chart.getAttribute('aria-labelledby')).split(' ');
  const title = await page.locator(`[id="${labelled[0]}"]`).textContent();
  const desc = await page.locator(`[id="${labelled[1]}"]`).textContent();
  expect(title.startsWith('Startet innen tre måneder'), `title: ${title}`);
  expect(/Østensjø: \d\. kv\. \d{4}: /.test(desc) && desc.includes('Oslo, median av bydelene:'), `description: ${desc}`);
  expect(await chart.locator('text', { hasText: '%' }).count() >= 1, 'percentages on the bars');
  expect(await page.locator('[aria-labelledby="h-report"] table.report').count() === 1, 'the table stays');
  const within = await page.locator('table.report tr', { hasText: 'Startet innen tre måneder' }).locator('td').first().innerText();
  expect(/^\d+ av \d+( \(\d+ %\))?$/.test(within), `count with percentage: ${within}`);
  await page.locator('#h-charts').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'console-report-charts.png'), fullPage: true });
  await page.click('a[href="/console/reports/bydeler"]');
  await page.fill('#from', '2026-09-30');
  await page.fill('#to', '2026-01-01');
  await page.click('main form button[type=submit]');
  await page.waitForLoadState();
  expect(await page.locator('#to-error').count() === 1, 'period error shown');
  await axe(page, 'reports with a wrong period');
  await page.fill('#from', '2026-01-01');
  await page.fill('#to', '2026-09-30');
  await page.click('main form button[type=submit]');
  await page.waitForURL(/reports\/bydeler\?from=2026-01-01&to=2026-09-30/);
  const heads = await page.locator('table.report thead th').allInnerTexts();
  const held = await page.locator('table.report tbody', { hasText: 'Trekantsamtaler holdt i perioden' }).locator('td').allInnerTexts();
  // One meeting held in a bydel: across bydeler a count under 5 could point at a person.
  expect(held.includes('færre enn 5'), `the meeting held counts, as fewer than 5: ${held}`);
  expect(heads.includes('Østensjø') && heads.includes('Grorud'), `every bydel side by side: ${heads}`);
  await axe(page, 'reports for every bydel');
  await page.locator('details.definitions summary').click();
  await page.screenshot({ path: join(SHOTS, 'console-reports.png'), fullPage: true });
  const csv = await page.request.get(`${BASE}/console/reports/bydeler.csv?from=2026-01-01&to=2026-09-30`);
  expect(csv.status() === 200, `csv ${csv.status()}`);
  const text = await csv.text();
  expect(text.startsWith('bydel_id,bydel,from,to,settled') && text.includes('ostensjo,Østensjø,2026-01-01'), 'csv lines');
});

await step('axe on audit log and admin', async () => {
  for (const p of ['audit', 'admin']) {
    await page.goto(`${BASE}/console/${p}`);
    await axe(page, p);
  }
  await page.goto(`${BASE}/console/audit`);
  await page.screenshot({ path: join(SHOTS, 'console-audit.png') });
});

await step('axe on a participant\'s export and erasure pages', async () => {
  const id = 'demo-ostensjo-001';
  await page.goto(`${BASE}/console/participants/${id}/export`);
  expect(await page.locator('h1').count() === 1, 'export page');
  await axe(page, 'export');
  await page.goto(`${BASE}/console/participants/${id}/erase`);
  expect(await page.locator('input[type=checkbox][name=confirm]').count() === 1, 'erase confirmation');
  await axe(page, 'erase');
});

await step('the municipality admin: every bydel\'s staff and reports, no participant', async () => {
  await page.click('form[action="/console/sign-out"] button');
  await page.waitForURL('**/console/sign-in');
  await page.fill('#email', process.env.VEIKART_MUNI_EMAIL);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL('**/console/reports/bydeler');
  const nav = await page.locator('header nav').innerText();
  expect(!nav.includes('Deltakere') && !nav.includes('Kurs'), `no participant pages in the menu: ${nav}`);
  await page.goto(`${BASE}/console/admin`);
  await axe(page, 'admin, municipality');
  const staff = await page.locator('#h-staff').innerText();
  expect(staff === 'Brukere i alle bydeler', staff);
  const bydeler = await page.locator('#caseworker-bydel option').allInnerTexts();
  expect(bydeler.includes('Grorud') && bydeler.includes('Østensjø'), `a bydel to choose: ${bydeler}`);
  await page.screenshot({ path: join(SHOTS, 'console-municipality-admin.png'), fullPage: true });
  const res = await page.goto(`${BASE}/console/participants`);
  expect(res.status() === 403, `participants: ${res.status()}`);
  const today = await page.goto(`${BASE}/console/today`);
  expect(today.status() === 403, `the today page names participants: ${today.status()}`);
});

await step('the teacher: a class list with the keyboard, the school\'s part of a three-way meeting', async () => {
  await page.goto(`${BASE}/console/admin`);
  await page.click('form[action="/console/sign-out"] button');
  await page.waitForURL('**/console/sign-in');
  await page.fill('#email', process.env.VEIKART_TEACHER_EMAIL);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL('**/console/classes');
  await axe(page, 'classes');
  const nav = await page.locator('header nav').innerText();
  expect(!nav.includes('Deltakere') && !nav.includes('Rapporter'), `only the classes in the menu: ${nav}`);
  await page.locator('main a[href^="/console/classes/"]').first().click();
  await page.waitForURL('**/console/classes/*');
  await axe(page, 'class');
  classUrl = page.url();
  // The first session's class list: the first member marked with the keyboard alone.
  await page.locator('a[href$="/attendance"]').first().click();
  await page.waitForURL('**/attendance');
  await axe(page, 'class list');
  const first = page.locator('fieldset.marks').first();
  await first.locator('input[value=present]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await first.locator('input[value=absent]').isChecked(), 'the arrow keys move the mark to absent');
  await page.keyboard.press('Tab');
  await page.locator('main form button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/attendance?saved=1');
  expect(await page.locator('.notice[role=status]').count() === 1, 'saved');
  expect(await page.locator('fieldset.marks').first().locator('input[value=absent]').isChecked(), 'the absence is kept');
  // The school's part of the first three-way meeting the teacher takes part in.
  await page.goto(classUrl);
  const meeting = page.locator('article[id^="meeting-"]').first();
  expect(await meeting.count() === 1, 'a three-way meeting on the class page');
  const part = 'Gode framsteg i muntlig norsk. Oppmøte i høst: 11 av 12 økter.';
  await meeting.locator('textarea[name=school_part]').fill(part);
  await meeting.locator('button[type=submit]').click();
  await page.waitForURL('**/console/classes/*');
  expect((await page.locator('article[id^="meeting-"]').first().locator('textarea').inputValue()) === part, 'the part is kept');
  await axe(page, 'class with the school\'s part');
  await page.screenshot({ path: join(SHOTS, 'console-class.png') });
});

async function signInAs(email) {
  await page.goto(`${BASE}/console`);
  await page.click('form[action="/console/sign-out"] button');
  await page.waitForURL('**/console/sign-in');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
}

await step('from class to pay: the bydel adds its participant to the school\'s class, the teacher marks her absent, the caseworker classifies it, the device shows it approved', async () => {
  expect(classUrl, 'the teacher step found the class');
  const courseId = classUrl.split('/').pop();
  await signInAs(EMAIL);
  await page.goto(`${BASE}/console/courses/${courseId}`);
  await page.selectOption('#member-participant_id', { label: 'Testa Deltaker' });
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/members')), page.click('#members form button[type=submit]')]);
  await page.waitForLoadState();
  expect(await page.locator('#members li', { hasText: 'Testa Deltaker' }).count() === 1, 'a member of the class');

  await signInAs(process.env.VEIKART_TEACHER_EMAIL);
  await page.goto(classUrl);
  // A session of this month (Oslo), as the device shows this month's attendance.
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date()).map((x) => [x.type, x.value]));
  const session = page.locator('section[aria-labelledby="h-sessions"] tbody tr')
    .filter({ hasText: `.${parts.month}.${parts.year}` })
    .filter({ has: page.locator('a[href$="/attendance"]') }).first();
  await session.locator('a[href$="/attendance"]').click();
  await page.waitForURL('**/attendance');
  await page.locator('main tr', { hasText: 'Testa Deltaker' }).locator('input[value=absent]').check();
  await page.click('main form button[type=submit]');
  await page.waitForURL('**/attendance?saved=1');

  await signInAs(EMAIL);
  await page.goto(`${participantUrl}/attendance`);
  await axe(page, 'a participant\'s attendance');
  const line = page.locator('main tbody tr', { hasText: 'Fravær' }).first();
  await line.locator('select[name=kind]').selectOption('child_illness');
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/classify')), line.locator('button[type=submit]').click()]);
  await page.waitForLoadState();
  const judged = await page.locator('main tbody tr', { hasText: 'Barns sykdom' }).first().innerText();
  expect(judged.includes('Barns sykdom'), `classified: ${judged}`);

  cli('sync');
  const attendance = JSON.parse(cli('--json', 'plan')).attendance;
  const absence = (attendance.absences || []).find((a) => a.kind === 'child_illness');
  expect(absence && absence.status === 'approved', `the device shows it approved: ${JSON.stringify(attendance)}`);
  expect(attendance.courses.some((c) => c.course_id === courseId && c.absent >= 1), 'counted in the course this month');
});

await ctx.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
