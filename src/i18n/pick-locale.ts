import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** The first of the reader's languages that the site has, by primary subtag ("fr-CA" → fr, "zh-Hant" → zh). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((l) => l === primary);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
