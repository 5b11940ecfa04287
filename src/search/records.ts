// What the search index holds, described once: the pages write their records with it
// (components/SearchRecord.astro), the search page reads results and offers filters by it
// (search-page.ts), and the filter options are counted by it (filter-options.ts).
// Runs in the browser too: no Node imports here.

/** A result is an article, or an index entry (an entity's page); they are searched apart and grouped. */
export const KINDS = ['article', 'entity'] as const;
export type Kind = (typeof KINDS)[number];

/** What an article is filtered by, in the order the search form offers them. Values are ids, never HTML. */
export const FILTERS = ['language', 'source', 'year', 'entity'] as const;
export type FilterKey = (typeof FILTERS)[number];

/**
 * A record's metadata fields and their weight in ranking. Metadata is searchable (Pagefind 1.5+) but
 * never excerpted, so hidden names never show in a result. Names count: an entity's own names
 * strongly, the names an article mentions in other languages as much as a word of its text. The
 * type ("Infrastructure") and who wrote a title are labels (0: shown, never matched), and the
 * source, date and summary are in the text already.
 */
export const META_WEIGHTS = {
  title: 5,
  names: 5,
  mentions: 1,
  words: 1,
  type: 0,
  source: 0,
  date: 0,
  summary: 0,
  provenance: 0,
  titleLang: 0,
  summaryLang: 0,
  dateKey: 0,
} as const satisfies Record<string, number>;
export type MetaField = keyof typeof META_WEIGHTS;

/** The one sort key: an article's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), `0000` when unknown. */
export const DATE_SORT = 'date';
/** The sort key again, as metadata: the search page merges the date-sorted results of several shards by it. */
export const DATE_KEY_META = 'dateKey' satisfies MetaField;
/**
 * The sort key as that metadata: one word no query matches ("2024" or "05" would match every article
 * of 2024 or of a May in a date-sorted search, where no result is dropped for scoring 0), in the
 * same order as text (`d2024` < `d202405` < `d20240503`; `d0000` undated).
 */
export const dateKey = (date: string) => `d${date.replaceAll('-', '')}`;
export const UNDATED = '0000';

/** The hidden part of a page's record (its title is the page's own h1, marked in place). */
export interface SearchRecord {
  kind: Kind;
  meta: Partial<Record<Exclude<MetaField, 'title'>, string>>;
  filters: Partial<Record<FilterKey, readonly string[]>>;
  /** Articles only: Pagefind leaves a page without the key out of a sorted search, so undated articles get UNDATED. */
  date?: string;
}
