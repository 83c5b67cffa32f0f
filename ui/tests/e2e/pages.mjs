// Pages of a required document: Olena, offline, chooses a photo of her passport (a 12-megapixel
// picture, which the device shrinks to a page of at most 400 KB before keeping it); the page is
// listed as waiting on the device; online, it is sent (the progress bar, then "sent"); the
// caseworker's verdict comes back in her language with what to do next, and once accepted the page
// can no longer be removed. A PDF above 20 MB is refused with its own message. Screenshots of the
// capture flow in Tigrinya, Dari and Ukrainian.
import { SHOTS, axe, expect, msg, noHorizontalScroll, noRawKeys, open, test, text } from './lib.mjs';

const DOC = 'd-o4'; // Olena's copy of her passport, missing
const clean = (s) => s.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The document's card, in its own bounds (the card is what changes). */
async function cardShot(locator, name) {
  if (!SHOTS) return;
  const page = locator.page();
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.evaluate(() => document.activeElement?.blur());
  await locator.screenshot({ path: new URL(`../../../docs/screenshots/${name}.png`, import.meta.url).pathname });
  await page.setViewportSize(size);
}

/** A photo of an A4 page as a phone takes it: 3024 × 4032 pixels of text, as a JPEG. */
async function photo(page) {
  const base64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 3024;
    c.height = 4032;
    const g = c.getContext('2d');
    g.fillStyle = '#f4f1ea';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#222';
    g.font = '64px serif';
    for (let y = 200; y < 3900; y += 110) g.fillText(`PASSPORT · PASS · ПАСПОРТ · ${y} · Olena Kovalenko · 1988-03-14`, 160, y);
    const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

export default async function pages() {
  for (const lang of ['uk', 'ti', 'prs']) {
    await test(`pages: a photo is shrunk, kept offline, sent, and judged (${lang})`, async (page) => {
      await open(page, { lang, persona: 'olena', route: 'recognition', online: false });
      const card = page.locator(`[data-document="${DOC}"]`);
      const block = card.locator('.pages');
      expect(clean(await text(block.locator('.pages-state'))) === msg(lang, 'page-pack-no_pages'), 'no pages yet, in words');
      // A desktop (no touch): one plain file picker for photos and PDFs, no camera button.
      const input = block.locator('input[type=file]');
      expect((await input.count()) === 1, 'one file input on a desktop');
      expect((await input.getAttribute('accept')) === 'image/*,application/pdf', 'photos and PDFs');
      expect((await input.getAttribute('capture')) === null, 'no camera capture on a desktop');
      await noRawKeys(page);
      await axe(page, `pages none ${lang}`);
      if (lang !== 'uk') await cardShot(card, `pages-capture-none-${lang}`);

      // The button opens the file chooser (the input itself is hidden and out of the tab order).
      const file = await photo(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        block.getByRole('button', { name: msg(lang, 'page-add-file') }).click(),
      ]);
      expect(chooser.isMultiple(), 'several pages at once');
      await chooser.setFiles(file);
      await block.locator('.page').first().waitFor();
      const kept = (await page.evaluate(() => window.__veikartMock.calls)).find((c) => c.startsWith('add_document_page'));
      const [, doc, type, size] = kept.split(':');
      expect(doc === DOC && type === 'image/jpeg', `kept as a JPEG page of the document: ${kept}`);
      expect(Number(size) > 30 * 1024 && Number(size) <= 400 * 1024, `shrunk to at most 400 KB: ${size} bytes`);
      console.log(`  # a 3024 × 4032 photo of ${file.buffer.length} bytes kept as a page of ${size} bytes`);
      const stored = (await page.evaluate(() => window.__veikartMock.pages()))[0];
      expect(stored.thumbnail?.startsWith('data:image/jpeg;base64,'), 'a thumbnail beside it');
      const item = block.locator('.page').first();
      expect(clean(await text(item.locator('.page-name'))) === msg(lang, 'page-label', { number: 1 }), 'numbered');
      expect(clean(await text(item.locator('.page-status'))) === msg(lang, 'page-state-on_device'), 'waiting on the device');
      expect(clean(await text(block.locator('.pages-state'))) === msg(lang, 'page-pack-on_device'), 'kept until online');
      expect((await item.locator("canvas.page-thumb[role=img]").getAttribute("aria-label")) === msg(lang, "page-label", { number: 1 }), "thumbnail named");
      await noRawKeys(page);
      await noHorizontalScroll(page);
      await axe(page, `pages waiting ${lang}`);
      await cardShot(card, `pages-capture-waiting-${lang}`);

      // Online: the sync confirms the page, and the upload engine sends it in chunks.
      await page.evaluate(() => { window.__veikartMock.setOnline(true); window.__veikartMock.sync(); });
      const id = stored.id;
      await page.evaluate(([pid, half]) => window.__veikartMock.progress(pid, half), [id, Math.ceil(stored.size / 2)]);
      await item.locator('progress').waitFor();
      expect(clean(await text(item.locator('.page-status'))) === msg(lang, 'page-state-sending', { percent: 50 }), 'sending 50 %');
      expect((await item.locator('progress').getAttribute('value')) === '50', 'the bar at 50');
      await noHorizontalScroll(page);
      await axe(page, `pages sending ${lang}`);
      await cardShot(card, `pages-capture-sending-${lang}`);
      await page.evaluate(() => window.__veikartMock.uploadAll());
      await block.locator('.page-sent').waitFor();
      expect(clean(await text(item.locator('.page-status'))) === msg(lang, 'page-state-sent'), 'sent');
      expect(clean(await text(block.locator('.pages-state'))) === msg(lang, 'page-pack-in_review'), 'waiting for the caseworker');

      // The caseworker cannot read it: the verdict and what to do next, in the participant's language.
      await page.evaluate((d) => window.__veikartMock.verdict(d, 'unreadable', 'Bildet er uskarpt.'), DOC);
      await block.locator('.pages-warn').waitFor();
      expect(clean(await text(block.locator('.pages-state'))) === msg(lang, 'verdict-unreadable'), 'unreadable, in words');
      expect(clean(await text(block.locator('.pages-next'))) === msg(lang, 'verdict-next-unreadable'), 'what to do next');
      expect((await block.locator('.doc-note').innerText()).includes('Bildet er uskarpt.'), "the caseworker's note");
      expect((await block.locator('.page-remove').count()) === 1, 'the page can still be removed');
      await noRawKeys(page);
      await noHorizontalScroll(page);
      await axe(page, `pages verdict ${lang}`);
      await cardShot(card, `pages-capture-verdict-${lang}`);

      // Accepted: nothing more to do, and the page stays.
      await page.evaluate((d) => window.__veikartMock.verdict(d, 'accepted'), DOC);
      await block.locator('.pages-ok').waitFor();
      expect(clean(await text(block.locator('.pages-state'))) === msg(lang, 'verdict-accepted'), 'accepted, in words');
      expect(clean(await text(block.locator('.pages-next'))) === msg(lang, 'verdict-next-accepted'), 'nothing more to do');
      expect((await block.locator('.page-remove').count()) === 0, 'no remove once accepted');
      expect((await block.locator('input[type=file]').count()) === 0, 'no more pages once accepted');
    });
  }

  await test('pages: a PDF above 20 MB is refused with its own message; removing a page waiting offline', async (page) => {
    await open(page, { lang: 'nb', persona: 'olena', route: 'recognition', online: false });
    const block = page.locator(`[data-document="${DOC}"] .pages`);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.7\n', 0);
    await block.locator('input[type=file]').setInputFiles({ name: 'vitnemal.pdf', mimeType: 'application/pdf', buffer: big });
    await page.locator('.toast').filter({ hasText: msg('nb', 'page-error-pdf_too_big') }).waitFor();
    expect((await page.evaluate(() => window.__veikartMock.pages())).length === 0, 'nothing kept');
    // A small PDF goes as it is.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await block.locator('input[type=file]').setInputFiles({ name: 'pass.pdf', mimeType: 'application/pdf', buffer: pdf });
    await block.locator('.page').first().waitFor();
    const kept = (await page.evaluate(() => window.__veikartMock.calls)).find((c) => c.startsWith('add_document_page'));
    expect(kept === `add_document_page:${DOC}:application/pdf:${pdf.length}`, `the PDF unchanged: ${kept}`);
    // Removed before it was ever sent.
    await block.getByRole('button', { name: msg('nb', 'page-remove-label', { number: 1 }) }).click();
    await page.locator('.toast').filter({ hasText: msg('nb', 'page-removed') }).waitFor();
    expect((await block.locator('.page').count()) === 0, 'gone from the list');
    await axe(page, 'pages removed nb');
  });

  await test('pages: a phone offers the camera and a file', async (page) => {
    await page.addInitScript(() => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (q) => (q === '(pointer: coarse)' ? { matches: true, media: q, addEventListener() {}, removeEventListener() {} } : real(q));
    });
    await open(page, { lang: 'ti', persona: 'olena', route: 'recognition' });
    const block = page.locator(`[data-document="${DOC}"] .pages`);
    const inputs = block.locator('input[type=file]');
    expect((await inputs.count()) === 2, 'camera and file');
    expect((await inputs.nth(0).getAttribute('capture')) === 'environment', 'the back camera');
    expect((await inputs.nth(1).getAttribute('capture')) === null, 'and a plain file picker');
    expect(clean(await text(block.locator('.page-add-button').first())) === msg('ti', 'page-add-photo'), 'take a photo, in Tigrinya');
    await axe(page, 'pages phone ti');
    await cardShot(page.locator(`[data-document="${DOC}"]`), 'pages-capture-phone-ti');
  });
}
