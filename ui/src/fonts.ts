// The fonts of the scripts the app's languages are written in. A script's stylesheet is loaded only
// when a language written in it is chosen, when text tagged with such a language is shown, or when
// the language list (every language named in itself) is shown. Latin and Cyrillic use the system's
// fonts. Which script a language is written in comes from Intl (the likely script of the locale),
// else from its own name.
import { intlTag } from './locale';

const STYLESHEETS: Record<string, () => Promise<unknown>> = {
  Ethi: () => import('./fonts/ethiopic.css'),
  Arab: () => import('./fonts/arabic.css'),
};
const SAMPLE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Ethiopic}/u, 'Ethi'],
  [/\p{Script=Arabic}/u, 'Arab'],
];

const loaded = new Map<string, Promise<void>>();

/** The script (ISO 15924) a language is written in, as far as the engine or a sample tells. */
export function scriptOf(lang: string, sample?: string): string | null {
  try {
    const script = new Intl.Locale(intlTag(lang)).maximize().script;
    if (script && script !== 'Zzzz') return script;
  } catch {
    // an odd tag: try the sample
  }
  return SAMPLE_SCRIPTS.find(([re]) => sample && re.test(sample))?.[1] ?? null;
}

function loadScript(script: string | null): Promise<void> {
  const load = script ? STYLESHEETS[script] : undefined;
  if (!script || !load) return Promise.resolve();
  let p = loaded.get(script);
  if (!p) {
    // A font that cannot load leaves the text in the system's font: never an error to show.
    p = load().then(
      () => undefined,
      () => {
        loaded.delete(script);
      },
    );
    loaded.set(script, p);
  }
  return p;
}

/** The font a language's script needs (resolved once its stylesheet is in). */
export function loadFontsFor(lang: string, sample?: string): Promise<void> {
  return loadScript(scriptOf(lang, sample));
}

/** Every script's font: the language list names each language in its own script. */
export function loadAllFonts(): Promise<void> {
  return Promise.all(Object.keys(STYLESHEETS).map(loadScript)).then(() => undefined);
}

