// Messages from templates: the caseworker chose a template and its values in the console; the app
// shows it in the participant's language from its own messages (msg-template-<key>), dates in Oslo
// time in the participant's locale and documents by their translated names. A template or a value
// this app does not know is shown from the message's Norwegian body instead. Pure (the messages and
// the date formatter are passed in), so it is unit-tested in every language.
import type { DateFormatter } from './format';
import type { I18n } from './i18n';
import { DOCUMENT_KINDS, type Message, type MessageTemplate } from './types';

type Words = Pick<I18n, 'has' | 't'>;
type Dates = Pick<DateFormatter, 'dateTime' | 'date'>;

export interface TemplateText {
  /** The message id of the sentence. */
  id: string;
  /** Its values (dates and times), formatted. */
  args: Record<string, string>;
  /** Documents, by their names, listed under the sentence. */
  items: string[];
}

const isDocument = (v: unknown): v is string => typeof v === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(v);

/** The template in the reader's language, or null when this app cannot show it (then: the body). */
export function templateText(tpl: MessageTemplate, words: Words, dates: Dates): TemplateText | null {
  const id = `msg-template-${tpl.key}`;
  if (!words.has(id)) return null;
  const args: Record<string, string> = {};
  const items: string[] = [];
  for (const [name, p] of Object.entries(tpl.params ?? {})) {
    const v: unknown = p.value;
    if (p.type === 'date_time' && typeof v === 'string' && !Number.isNaN(Date.parse(v))) args[name] = dates.dateTime(v);
    else if (p.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) args[name] = dates.date(v);
    else if (p.type === 'document_kind' && isDocument(v)) items.push(words.t(`doc-kind-${v}`));
    else if (p.type === 'document_kinds' && Array.isArray(v) && v.length && v.every(isDocument)) {
      items.push(...v.map((k) => words.t(`doc-kind-${k}`)));
    } else return null;
  }
  return { id, args, items };
}

/**
 * The template's own Norwegian text: the body the server wrote, without the caseworker's words that
 * follow it after a blank line (template_body in template.rs); those are shown on their own.
 */
export function templateNorwegian(m: Pick<Message, 'body' | 'template'>): string {
  const note = m.template?.note;
  const suffix = note ? `\n\n${note}` : '';
  return suffix && m.body.text.endsWith(suffix) ? m.body.text.slice(0, -suffix.length) : m.body.text;
}
