// Recognition of education: each case as a timeline, its route and case number, the documents
// still missing with what each one is and where to get it, and what happens next.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { act, state, t } from '../app';
import { canMarkReady, recognitionDurationKey, recognitionNextKey, timeline } from '../helpers';
import { icon } from '../icons';
import type { CaseView, DocumentView, RecognitionView } from '../types';
import { chip, emptyNote, pendingMark, rejectedNote, tBdi, textView } from '../view';

export function recognitionScreen(v: RecognitionView): TemplateResult {
  return html`
    <h1 tabindex="-1">${t('rec-title')}</h1>
    ${v.cases.length ? v.cases.map(caseSection) : emptyNote('rec-none')}`;
}

function caseSection(c: CaseView): TemplateResult {
  const duration = recognitionDurationKey(c);
  const missing = c.documents.filter((d) => d.status === 'missing');
  const others = c.documents.filter((d) => d.status !== 'missing');
  return html`<section class="case" aria-labelledby="case-${c.id}">
    <h2 id="case-${c.id}">${textView(c.credential)}</h2>
    <div class="card-head">${chip('rec-status', c.status, `rec-${c.status}`)}</div>
    <dl class="facts">
      <div><dt>${t('rec-route')}</dt><dd>${t(`rec-route-${c.route}`)}</dd></div>
      ${c.authority ? html`<div><dt>${t('rec-authority')}</dt><dd><bdi>${c.authority}</bdi></dd></div>` : nothing}
      ${c.country || c.level
        ? html`<div><dt>${t('rec-from')}</dt><dd><bdi>${[c.country, c.level].filter(Boolean).join(', ')}</bdi></dd></div>`
        : nothing}
      <div><dt>${t('rec-case-number')}</dt><dd>${c.case_number ? html`<bdi>${c.case_number}</bdi>` : t('rec-case-number-none')}</dd></div>
    </dl>
    <div class="next card">
      <h3>${t('rec-next')}</h3>
      <p>${tBdi(recognitionNextKey(c), { count: c.missing, authority: c.authority ?? t(`rec-route-authority-${c.route}`) })}</p>
      ${duration ? html`<p class="meta">${icon('clock')} ${t(duration)}</p>` : nothing}
    </div>
    <h3>${t('rec-history')}</h3>
    <ol class="timeline">${timeline(c).map(
      (s) => html`<li class=${s.current ? 'current' : ''} aria-current=${s.current ? 'step' : 'false'}>
        <span class="dot" aria-hidden="true"></span>
        <span class="tl-status">${t(`rec-status-${s.status}`)}</span>
        ${s.on ? html`<span class="meta">${state.fmt.date(s.on)}</span>` : nothing}
      </li>`,
    )}</ol>
    <h3>${t('rec-documents-missing', { count: missing.length })}</h3>
    ${missing.length ? html`<ul class="list">${missing.map(docItem)}</ul>` : emptyNote('rec-all-documents')}
    ${others.length
      ? html`<h3>${t('rec-documents-other')}</h3><ul class="list">${others.map(docItem)}</ul>`
      : nothing}
  </section>`;
}

function docItem(d: DocumentView): TemplateResult {
  return html`<li class="card doc ${d.pending ? 'is-pending' : ''}" data-document=${d.id}>
    <div class="card-head">${icon('doc')} <strong class="doc-kind">${t(`doc-kind-${d.document_kind}`)}</strong>
      ${chip('doc-status', d.status, `doc-${d.status}`)}</div>
    ${d.note ? textView(d.note, { block: true }) : nothing}
    ${d.status === 'missing' || d.status === 'ready'
      ? html`<dl class="guide">
          <div><dt>${t('doc-what')}</dt><dd>${t(`doc-what-${d.document_kind}`)}</dd></div>
          <div><dt>${t('doc-where')}</dt><dd>${t(`doc-where-${d.document_kind}`)}</dd></div>
        </dl>`
      : nothing}
    ${d.pending ? pendingMark() : nothing}
    ${rejectedNote(d.rejected)}
    ${canMarkReady(d)
      ? html`<button type="button" class="primary" @click=${() => act(() => api.markDocumentReady(d.id))}>
          ${icon('check')} ${t('doc-mark-ready')}</button>`
      : nothing}
  </li>`;
}
