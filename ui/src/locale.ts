// Language tags as the engines know them. Kept free of the translation files so that code which
// only formats (and the test mock) can use it.

/** The tag to give Intl: Dari (prs) is unknown to the engines, Afghan Persian is what they know. */
export function intlTag(lang: string): string {
  // English as written in Europe (18 August, 24-hour clock), not American.
  return lang === 'prs' ? 'fa-AF' : lang === 'en' ? 'en-GB' : lang;
}

/** The tag for lang attributes (screen readers, fonts, axe know fa-AF, not prs). */
export function htmlLang(lang: string): string {
  return lang === 'prs' ? 'fa-AF' : lang;
}
