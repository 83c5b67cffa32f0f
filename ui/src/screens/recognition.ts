// Recognition of education, first things first: what the participant must do now (the documents
// to get), then each case's steps up to the authority's decision (done, now, ahead), its route and
// case number, and the documents with what each one is and where to get it.
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { api } from '../api';
import { act, reportError, rerender, state, t, toast } from '../app';
import {
  canMarkReady, pageStateKey, pagesLine, type RecognitionStep, recognitionDurationKey, recognitionNextKey, recognitionSteps,
  recognitionTasks,
} from '../helpers';
import { type PageProblem, preparePage } from '../pages';
import { icon } from '../icons';
import type { CaseView, DocumentView, PageView, RecognitionView } from '../types';
import { chip, emptyNote, focusWhenShown, receiptMark, rejectedNote, tBdi, textView } from '../view';

export function recognitionScreen(v: RecognitionView): TemplateResult {
  return html`
    <h1 tabindex="-1">${t('rec-title')}</h1>
    ${v.cases.length ? html`${tasks(v.cases)}${v.cases.map(caseSection)}` : emptyNote('rec-none')}`;
}

/** What I must do now: each document still to get, leading to its card (where "I have it" is). */
function tasks(cases: CaseView[]): TemplateResult {
  const todo = recognitionTasks(cases);
  return html`<section class="card todo" aria-labelledby="rec-todo-h">
    <h2 id="rec-todo-h">${t('rec-todo-title')}</h2>
    ${todo.length
      ? html`<ul class="todo-list">${todo.map(
          ({ c, d }) => html`<li>${icon('doc')}<span>
            <button type="button" class="link-button todo-item" @click=${() => showDocument(d.id)}>${tBdi('rec-todo-get', { document: t(`doc-kind-${d.document_kind}`) })}</button>
            ${cases.length > 1 ? html`<span class="meta todo-for">${textView(c.credential)}</span>` : nothing}</span></li>`,
        )}</ul>`
      : html`<p>${t('rec-todo-nothing')}</p>`}
  </section>`;
}

function showDocument(id: string): void {
  focusWhenShown(() => document.querySelector<HTMLElement>(`[data-document="${id}"]`));
}

function caseSection(c: CaseView): TemplateResult {
  const missing = c.documents.filter((d) => d.status === 'missing');
  const others = c.documents.filter((d) => d.status !== 'missing');
  return html`<section class="case" aria-labelledby="case-${c.id}">
    <h2 id="case-${c.id}">${textView(c.credential)}</h2>
    <div class="card-head">${chip('rec-status', c.status, `rec-${c.status}`)}</div>
    <h3 id="steps-${c.id}">${t('rec-steps')}</h3>
    <ol class="steps" aria-labelledby="steps-${c.id}">${recognitionSteps(c).map((s) => stepItem(c, s))}</ol>
    <dl class="facts">
      <div><dt>${t('rec-route')}</dt><dd>${t(`rec-route-${c.route}`)}</dd></div>
      ${c.authority ? html`<div><dt>${t('rec-authority')}</dt><dd><bdi>${c.authority}</bdi></dd></div>` : nothing}
      ${c.country || c.level
        ? html`<div><dt>${t('rec-from')}</dt><dd><bdi>${[c.country, c.level].filter(Boolean).join(state.i18n.t('list-separator'))}</bdi></dd></div>`
        : nothing}
      <div><dt>${t('rec-case-number')}</dt><dd>${c.case_number ? html`<bdi class="code">${c.case_number}</bdi>` : t('rec-case-number-none')}</dd></div>
    </dl>
    <h3>${t('rec-documents-missing', { count: missing.length })}</h3>
    ${missing.length ? html`<ul class="list">${missing.map(docItem)}</ul>` : emptyNote('rec-all-documents')}
    ${others.length
      ? html`<h3>${t('rec-documents-other')}</h3><ul class="list">${others.map(docItem)}</ul>`
      : nothing}
  </section>`;
}

/** One step: its state in words (never by colour alone), its date, and under the current one what happens now. */
function stepItem(c: CaseView, s: RecognitionStep): TemplateResult {
  const authority = c.authority ?? t(`rec-route-authority-${c.route}`);
  const duration = s.step === 'process' ? recognitionDurationKey(c) : null;
  return html`<li class="step step-${s.state}" aria-current=${s.state === 'now' ? 'step' : 'false'}>
    <span class="dot" aria-hidden="true">${s.state === 'done' ? icon('check') : nothing}</span>
    <div class="step-body">
      <p class="step-line"><span class="step-state">${t(`rec-step-state-${s.state}`)}</span>
        <span class="step-label">${tBdi(`rec-step-${s.step}`, { authority })}</span>
        ${s.on ? html`<span class="meta">${state.fmt.date(s.on)}</span>` : nothing}</p>
      ${s.state === 'now'
        ? html`<p class="step-next">${tBdi(recognitionNextKey(c), { count: c.missing, authority })}</p>
          ${duration ? html`<p class="meta">${icon('clock')} ${t(duration)}</p>` : nothing}`
        : nothing}
    </div>
  </li>`;
}

function docItem(d: DocumentView): TemplateResult {
  const guide = html`<dl class="guide">
    <div><dt>${t('doc-what')}</dt><dd>${t(`doc-what-${d.document_kind}`)}</dd></div>
    <div><dt>${t('doc-where')}</dt><dd>${t(`doc-where-${d.document_kind}`)}</dd></div>
  </dl>`;
  const open = d.status === 'missing' || d.status === 'ready';
  // The caseworker's note comes first; the general help must not contradict it, so beside a note
  // it is only "more about this document", closed.
  return html`<li class="card doc ${d.pending ? 'is-pending' : ''}" data-document=${d.id} tabindex="-1">
    <div class="card-head">${icon('doc')} <strong class="doc-kind">${t(`doc-kind-${d.document_kind}`)}</strong>
      ${chip('doc-status', d.status, `doc-${d.status}`)}</div>
    ${d.note
      ? html`<div class="doc-note"><p class="note-from">${t('doc-note-from-caseworker')}</p>${textView(d.note, { block: true })}</div>`
      : nothing}
    ${open
      ? d.note
        ? html`<details class="guide-more"><summary>${t('doc-more-about')}</summary>${guide}</details>`
        : guide
      : nothing}
    ${d.receipt ? html`<p class="status-line">${receiptMark(d.receipt)}</p>` : nothing}
    ${rejectedNote(d.rejected)}
    ${pagesBlock(d)}
    ${canMarkReady(d)
      ? html`<button type="button" class="primary" @click=${() => act(() => api.markDocumentReady(d.id))}>
          ${icon('check')} ${t('doc-mark-ready')}</button>`
      : nothing}
  </li>`;
}

/** Documents whose chosen files are being made ready (shrunk) now: their buttons wait. */
const preparing = new Set<string>();

/** A phone (a touch screen): the camera gets a button of its own. */
function isPhone(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/**
 * A document's pages: the caseworker's verdict and what to do next (or where the pages stand),
 * each page with its thumbnail and state (waiting on the device, sending n %, sent), a remove
 * button until the document is accepted, and "take a photo / choose a file".
 */
function pagesBlock(d: DocumentView): TemplateResult | typeof nothing {
  if (!d.pages.length && !d.can_add_pages) return nothing;
  const line = pagesLine(d);
  const busy = preparing.has(d.id);
  return html`<div class="pages" aria-labelledby="pages-${d.id}">
    <h4 id="pages-${d.id}">${t('page-count', { count: d.pages.length })}</h4>
    <div class="pages-line pages-${line.tone}" role=${line.tone === 'warn' ? 'alert' : nothing}>
      <p class="pages-state">${icon(line.tone === 'ok' ? 'check' : line.tone === 'warn' ? 'alert' : 'doc')} <strong>${t(line.key)}</strong></p>
      ${line.next ? html`<p class="pages-next">${t(line.next)}</p>` : nothing}
      ${d.pack === 'judged' && d.verdict?.note
        ? html`<div class="doc-note"><p class="note-from">${t('doc-note-from-caseworker')}</p><p><bdi>${d.verdict.note}</bdi></p></div>`
        : nothing}
    </div>
    ${d.pages.length ? html`<ol class="page-list">${d.pages.map((p, i) => pageItem(d, p, i + 1))}</ol>` : nothing}
    ${d.can_add_pages
      ? html`<div class="page-add">
          ${isPhone() ? addButton(d, 'photo', busy) : nothing}
          ${addButton(d, 'file', busy)}
          ${busy ? html`<p class="meta" role="status">${t('page-preparing')}</p>` : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** A message with a number in it, for an attribute (alt, aria-label): without Fluent's isolation marks, which a number does not need. */
function plainT(id: string, args: Record<string, number>): string {
  return t(id, args).replace(/[\u2068\u2069]/g, '');
}

function pageItem(d: DocumentView, p: PageView, n: number): TemplateResult {
  const label = plainT('page-label', { number: n });
  return html`<li class="page page-${p.state}" data-page=${p.id}>
    ${p.thumbnail
      ? html`<canvas class="page-thumb" width="112" height="144" role="img" aria-label=${label}
          ${ref((el) => drawThumbnail(el as HTMLCanvasElement | undefined, p.id, p.thumbnail!))}></canvas>`
      : html`<span class="page-thumb page-thumb-none" aria-hidden="true">${icon('doc')}${p.content_type === 'application/pdf' ? html`<span>${t('page-kind-pdf')}</span>` : nothing}</span>`}
    <div class="page-body">
      <p class="page-name">${label}</p>
      <p class="page-status">${p.state === 'sent' ? icon('check') : p.state === 'refused' ? icon('alert') : icon('clock')}
        <span>${t(pageStateKey(p), { percent: p.percent })}</span></p>
      ${p.state === 'sending'
        ? html`<progress max="100" value=${p.percent} aria-label=${label}>${p.percent} %</progress>`
        : nothing}
    </div>
    ${p.removable
      ? html`<button type="button" class="secondary page-remove" aria-label=${plainT('page-remove-label', { number: n })}
          @click=${() => removePage(d, p)}>${t('page-remove')}</button>`
      : nothing}
  </li>`;
}

/** Decoded thumbnails by page: the list is drawn again on every change. */
const thumbnails = new Map<string, Promise<ImageBitmap | null>>();

/**
 * Draw a page's thumbnail (a JPEG data URL kept with the page) on its canvas. It is decoded from
 * its bytes, not loaded as an image URL: the app's Content-Security-Policy allows no data: images.
 */
function drawThumbnail(canvas: HTMLCanvasElement | undefined, id: string, dataUrl: string): void {
  if (!canvas) return;
  let bitmap = thumbnails.get(id);
  if (!bitmap) {
    bitmap = (async () => {
      try {
        const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
        return await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      } catch {
        return null;
      }
    })();
    thumbnails.set(id, bitmap);
  }
  void bitmap.then((b) => {
    const ctx = canvas.getContext('2d');
    if (!b || !ctx) return;
    // Cover the canvas, centred, as the page's picture in the list.
    const scale = Math.max(canvas.width / b.width, canvas.height / b.height);
    const w = b.width * scale;
    const h = b.height * scale;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(b, (canvas.width - w) / 2, (canvas.height - h) / 2, w, h);
  });
}

/** "Take a photo" (the camera, on phones) or "Choose a file" (photos or PDFs, several at once). */
function addButton(d: DocumentView, kind: 'photo' | 'file', busy: boolean): TemplateResult {
  const id = `page-${kind}-${d.id}`;
  // The input is hidden and out of the tab order; the button is what is focused and pressed.
  return html`<input type="file" id=${id} class="page-input" hidden
      accept="image/*,application/pdf" capture=${kind === 'photo' ? 'environment' : nothing} ?multiple=${kind === 'file'}
      @change=${(e: Event) => addFiles(d, e.target as HTMLInputElement)} />
    <button type="button" class=${kind === 'photo' ? 'primary page-add-button' : 'secondary page-add-button'} ?disabled=${busy}
      @click=${() => document.getElementById(id)?.click()}>
      ${icon(kind === 'photo' ? 'camera' : 'doc')} ${t(kind === 'photo' ? 'page-add-photo' : 'page-add-file')}</button>`;
}

async function addFiles(d: DocumentView, input: HTMLInputElement): Promise<void> {
  const files = [...(input.files ?? [])];
  input.value = '';
  if (!files.length) return;
  preparing.add(d.id);
  rerender();
  let added = 0;
  try {
    for (const file of files) {
      try {
        const page = await preparePage(file);
        await api.addDocumentPage(d.id, page.bytes, page.thumbnail);
        added += 1;
      } catch (e) {
        const code = (e as { code?: string })?.code;
        if (code && PROBLEMS.includes(code as PageProblem)) toast(t(`page-error-${code}`), 'error');
        else reportError(e);
      }
    }
  } finally {
    preparing.delete(d.id);
  }
  if (added) toast(t('page-added', { count: added }));
  await act(async () => {});
}

const PROBLEMS: PageProblem[] = ['pdf_too_big', 'too_big', 'not_supported', 'unreadable'];

function removePage(d: DocumentView, p: PageView): void {
  void act(async () => {
    await api.removeDocumentPage(p.id);
    toast(t('page-removed'));
  });
  // Focus stays in the document's card, not lost with the removed row.
  focusWhenShown(() => document.querySelector<HTMLElement>(`[data-document="${d.id}"]`));
}

/** A page's upload moved on (the shell's page-progress event): its bar, without reading the view again. */
export function pageProgress(v: RecognitionView | undefined, pageId: string, sent: number, total: number): boolean {
  for (const c of v?.cases ?? []) {
    for (const d of c.documents) {
      const p = d.pages.find((x) => x.id === pageId);
      if (!p || p.state === 'sent') continue;
      const percent = total > 0 ? Math.min(sent >= total ? 100 : 99, Math.floor((sent * 100) / total)) : 100;
      p.state = 'sending';
      p.percent = percent;
      if (d.pack === 'on_device') d.pack = 'sending';
      return true;
    }
  }
  return false;
}
