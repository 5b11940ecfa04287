import { LOCALES, type Locale } from './locales.ts';

/** Every URL the site links to is built here, so the URL scheme (docs/design.md §3) lives in one place. */
export const paths = {
  home: (lang: Locale) => `/${lang}/`,
  article: (lang: Locale, slug: string) => `/${lang}/articles/${slug}/`,
  entity: (lang: Locale, id: string) => `/${lang}/entities/${id}/`,
  entities: (lang: Locale) => `/${lang}/entities/`,
  graph: (lang: Locale) => `/${lang}/graph/`,
  search: (lang: Locale) => `/${lang}/search/`,
  timeline: (lang: Locale) => `/${lang}/timeline/`,
  /** A year of the timeline, or `undated`. */
  timelineYear: (lang: Locale, year: string) => `/${lang}/timeline/${year}/`,
  notFound: (lang: Locale) => `/${lang}/404/`,
  feed: (lang: Locale) => `/${lang}/rss.xml`,
  permalink: (id: string) => `/a/${id}/`,
  articleCard: (lang: Locale, slug: string) => `/og/${lang}/${slug}.png`,
  entityCard: (lang: Locale, id: string) => `/og/${lang}/entities/${id}.png`,
  /** The card of the home page, and of every page without one of its own. */
  homeCard: (lang: Locale) => `/og/${lang}/pages/home.png`,
  /** The folder of every language's search bundle. */
  searchBundles: '/pagefind/',
  /** Each language's Pagefind bundle (written after the build, never bundled by Vite). */
  searchBundle: (lang: Locale) => `${paths.searchBundles}${lang}/`,
};

/** The same page in every language, for the language switcher and hreflang links. */
export function alternates(pathIn: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, pathIn(l)])) as Record<Locale, string>;
}
