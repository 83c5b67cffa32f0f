// Translations (Fluent files in /locales, shared with the Rust side) and what follows from the
// chosen language: the Intl locale, the text direction and the <html lang>. Never hard-code a
// user-visible string outside the .ftl files.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { htmlLang, intlTag } from './locale';
import { LANGUAGES, type Lang } from './types';

export { htmlLang, intlTag } from './locale';

// Each language's messages are a chunk of their own, loaded when the language is chosen: a
// participant's device holds their language and English (the fallback for a message a language
// lacks), never all eight. Only each language's own name is in the main bundle, for the language
// list (the `?autonym` plugin in vite.config.ts reads it out of the .ftl file at build time).
const loaders = import.meta.glob<string>('../../locales/*/app.ftl', { query: '?raw', import: 'default' });
const autonyms = import.meta.glob<string>('../../locales/*/app.ftl', { query: '?autonym', import: 'default', eager: true });
const sources = new Map<string, string>();

const path = (lang: string) => `../../locales/${lang}/app.ftl`;

/** Load a language's messages (once); they are then at hand for `new I18n(lang)`. */
export async function loadMessages(lang: string): Promise<void> {
  if (sources.has(lang)) return;
  const load = loaders[path(lang)];
  if (!load) throw new Error(`no translations for ${lang}`);
  sources.set(lang, await load());
}

/** The languages whose messages a language needs: itself, and English for a message it lacks. */
export function languagesFor(lang: Lang): Lang[] {
  return lang === 'en' ? ['en'] : [lang, 'en'];
}

/** The translations of a language, loaded with those of its fallback. */
export async function loadI18n(lang: Lang): Promise<I18n> {
  await Promise.all(languagesFor(lang).map(loadMessages));
  return new I18n(lang);
}

/** Let go of the parsed messages of every language but these (after a change of language). */
export function forgetLanguagesBut(keep: readonly string[]): void {
  for (const l of [...cache.keys()]) if (!keep.includes(l)) cache.delete(l);
  for (const l of [...sources.keys()]) if (!keep.includes(l)) sources.delete(l);
}

export function ftlSource(lang: string): string {
  const src = sources.get(lang);
  if (src === undefined) throw new Error(`translations for ${lang} are not loaded (loadMessages)`);
  return src;
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);
// First strong character of a sample text: Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic
// presentation forms are right-to-left.
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_CHAR = /[\p{L}]/u;

/**
 * Text direction of a language, decided by its script, never by a list of languages:
 * Intl's text info where the engine has it, else the likely script of the locale, else the first
 * strong character of a sample written in the language (its own name, say).
 */
export function directionOf(lang: string, sample?: string): 'ltr' | 'rtl' {
  const tag = intlTag(lang);
  try {
    const loc = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = typeof loc.getTextInfo === 'function' ? loc.getTextInfo() : loc.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    const script = loc.maximize().script;
    if (script && script !== 'Zzzz') return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    // an odd tag: fall through to the sample
  }
  if (sample) {
    const m = sample.match(STRONG_CHAR);
    if (m && RTL_CHAR.test(m[0])) return 'rtl';
  }
  return 'ltr';
}

export type Args = Record<string, FluentVariable>;

export class I18n {
  readonly lang: Lang;
  readonly intl: string;
  readonly dir: 'ltr' | 'rtl';
  private bundle: FluentBundle;
  private fallback: FluentBundle | null;

  /** A language whose messages are loaded (loadI18n); `empty`: none yet, every message reads as its id. */
  constructor(lang: Lang, opts: { empty?: boolean } = {}) {
    this.lang = lang;
    this.intl = intlTag(lang);
    this.bundle = opts.empty ? new FluentBundle(this.intl) : makeBundle(lang);
    this.fallback = lang === 'en' || opts.empty ? null : makeBundle('en');
    this.dir = directionOf(lang, this.has('language-autonym') ? this.t('language-autonym') : undefined);
  }

  has(id: string): boolean {
    return this.bundle.hasMessage(id);
  }

  t(id: string, args?: Args): string {
    for (const b of [this.bundle, this.fallback]) {
      const msg = b?.getMessage(id);
      if (b && msg?.value) return b.formatPattern(msg.value, args ?? null, []);
    }
    return id;
  }

  /** An attribute of a message (e.g. `.hint`), or '' when it has none. */
  attr(id: string, attr: string, args?: Args): string {
    const msg = this.bundle.getMessage(id);
    const pat = msg?.attributes[attr];
    return pat ? this.bundle.formatPattern(pat, args ?? null, []) : '';
  }
}

const cache = new Map<string, FluentBundle>();
export function makeBundle(lang: string): FluentBundle {
  let b = cache.get(lang);
  if (!b) {
    // useIsolating (Fluent's default, kept on on purpose): every value inserted into a message is
    // wrapped in FSI … PDI (U+2068 … U+2069), so a right-to-left name or a U+202E in a room cannot
    // reorder the sentence around it, also where the text ends up in an attribute (aria-label).
    b = new FluentBundle(intlTag(lang), { useIsolating: true });
    b.addResource(new FluentResource(ftlSource(lang)));
    cache.set(lang, b);
  }
  return b;
}

/** A language's own name, written in itself (for the language picker), without loading its messages. */
export function autonym(lang: Lang): string {
  return autonyms[path(lang)] || lang;
}

/** Apply language and direction to the document. */
export function applyToDocument(i18n: I18n, doc: Document = document): void {
  doc.documentElement.lang = htmlLang(i18n.lang);
  doc.documentElement.dir = i18n.dir;
  doc.title = i18n.t('app-name');
}
