// Which languages of the app a native speaker has checked: locales/review.json, the one place the
// project keeps it (the console reads it too), read when the UI is built. Pure, so it is unit-tested.
import source from '../../locales/review.json?raw';
import { LANGUAGES, type Lang } from './types';

export type Review = 'source' | 'checked' | 'not_checked';

/** Each language's review; anything the file does not say counts as not checked, never as checked. */
export function parseReview(json: string): Partial<Record<string, Review>> {
  try {
    const file = JSON.parse(json) as { languages?: Record<string, { status?: unknown }> };
    const out: Partial<Record<string, Review>> = {};
    for (const [lang, entry] of Object.entries(file.languages ?? {})) {
      const s = entry?.status;
      out[lang] = s === 'source' || s === 'checked' ? s : 'not_checked';
    }
    return out;
  } catch {
    return {};
  }
}

const REVIEW = parseReview(source);

export function reviewOf(lang: string, review = REVIEW): Review {
  return review[lang] ?? 'not_checked';
}

/** The app's languages no native speaker has checked yet, in the app's order. */
export function uncheckedLanguages(review = REVIEW): Lang[] {
  return LANGUAGES.filter((l) => reviewOf(l, review) === 'not_checked');
}
