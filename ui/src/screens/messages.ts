// The thread with the caseworker. Written offline, a message shows as waiting until it is sent.
import { html, nothing, type TemplateResult } from 'lit-html';
import { api } from '../api';
import { act, state, t } from '../app';
import type { MessagesView } from '../types';
import {
  clearInvalid, emptyNote, fieldError, focusWhenShown, isInvalid, messageBody, receiptMark, rejectedNote, requireText,
} from '../view';

const draft = { body: '' };

export function messagesScreen(v: MessagesView): TemplateResult {
  return html`
    <h1 tabindex="-1">${t('msg-title')}</h1>
    ${v.messages.length
      ? html`<ol class="thread" aria-label=${t('msg-thread')}>${v.messages.map(
          (m) => html`<li class="bubble ${m.author} ${m.pending ? 'is-pending' : ''} ${m.rejected ? 'is-rejected' : ''}" data-message=${m.id} tabindex="-1">
            <p class="meta"><bdi>${m.author === 'participant' ? t('msg-you') : (m.author_name ?? t(`author-${m.author}`))}</bdi>
              · <time datetime=${m.sent_at}>${state.fmt.dateTime(m.sent_at)}</time></p>
            ${messageBody(m)}
            ${m.receipt ? html`<p class="status-line">${receiptMark(m.receipt)}</p>` : nothing}
            ${rejectedNote(m.rejected)}
          </li>`,
        )}</ol>`
      : emptyNote('msg-empty')}
    <form class="compose" novalidate @submit=${send}>
      <label for="msg-body">${t('msg-write')}</label>
      <textarea id="msg-body" rows="3" maxlength="4000" required .value=${draft.body}
        aria-invalid=${isInvalid('msg-body') ? 'true' : nothing} aria-describedby=${isInvalid('msg-body') ? 'msg-body-error msg-hint' : 'msg-hint'}
        @input=${(e: InputEvent) => { draft.body = (e.target as HTMLTextAreaElement).value; clearInvalid('msg-body'); }}></textarea>
      ${fieldError('msg-body')}
      <p class="hint" id="msg-hint">${t('msg-offline-hint')}</p>
      <button type="submit" class="primary">${t('msg-send')}</button>
    </form>`;
}

async function send(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const body = draft.body.trim();
  if (!requireText('msg-body', body)) return;
  draft.body = '';
  await act(() => api.sendMessage(body));
  // The focus goes to the message just written (it says it waits to be sent); Tab leads back to the box.
  focusWhenShown(
    () => [...document.querySelectorAll<HTMLElement>('.thread .bubble.participant')].reverse()
      .find((li) => li.querySelector('.written')?.textContent?.trim() === body),
    () => document.getElementById('msg-body'),
  );
}
