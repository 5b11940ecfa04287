/** The languages the site is published in. Adding one is adding a key here and a strings file. */
export const LOCALES = ['en', 'fr', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The `lang` attribute of each locale's pages. Chinese is Simplified. Checked
 * with Pagefind 1.6 (search e2e tests): `zh-CN`, `zh-Hans` and `zh` index and
 * segment Chinese alike (基础设施 → 基础|设施), each under its own index key.
 */
export const HTML_LANG: Record<Locale, string> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

/** Open Graph locales (language_TERRITORY). Every tag for a locale lives in this file. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', zh: 'zh_CN' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** `getStaticPaths` of a page that exists once per language. */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** The `lang` attribute for text in a language: a site language's page tag, or the tag itself. */
export function htmlLang(tag: string): string {
  return isLocale(tag) ? HTML_LANG[tag] : tag;
}
