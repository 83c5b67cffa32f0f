// Language tags as the engines know them. Kept free of the translation files so that code which
// only formats (and the test mock) can use it.

/**
 * The tag to give Intl: Dari (prs) is unknown to the engines, Afghan Persian is what they know.
 * One digit system per language, and for every language it is the Latin one (0–9): Arabic and
 * Dari readers in Oslo meet times, dates, rooms, bus lines and case numbers in Latin digits on
 * every letter and sign, room codes (B12, 26/04417) cannot be written otherwise, and the engines
 * disagree on Arabic's default (Arabic-Indic in some, Latin in others). `-u-nu-latn` makes every
 * Intl formatter (dates, times, Fluent's counts) say the same.
 */
export function intlTag(lang: string): string {
  // English as written in Europe (18 August, 24-hour clock), not American.
  return lang === 'prs' ? 'fa-AF-u-nu-latn' : lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang;
}

/** The tag for lang attributes (screen readers, fonts, axe know fa-AF, not prs). */
export function htmlLang(lang: string): string {
  return lang === 'prs' ? 'fa-AF' : lang;
}
