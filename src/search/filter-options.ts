// The search form's filters: for each key of records.ts's FILTERS, the values the site's articles
// carry, with how many carry each and a label from our own data (never from the index).
import type { Locale } from '../i18n/locales.ts';
import { languageName, useTranslations } from '../i18n/translate.ts';
import type { Site } from '../site/site-data.ts';
import { articleFilters } from './article-filters.ts';
import { FILTERS, type FilterKey } from './records.ts';

/** The entity filter offers the most mentioned names only, so the page stays light at 10,000 articles. */
export const ENTITY_OPTIONS = 100;

export interface FilterOption {
  id: string;
  label: string;
  /** Articles with this value; the search page shows the count for the current query instead. */
  n: number;
}

export interface FilterGroup {
  key: FilterKey;
  legend: string;
  options: FilterOption[];
}

/** Counts of each value, in order of first appearance. */
const counted = (values: readonly string[]) => [...Map.groupBy(values, (v) => v)].map(([id, all]) => ({ id, n: all.length }));

export function filterGroups(site: Site, lang: Locale): FilterGroup[] {
  const t = useTranslations(lang);
  const keys = site.articles.map((a) => articleFilters(a.data, lang));
  const sourceLabels = new Map(keys.map((k) => [k.source.id, k.source.label]));
  const mentioned = site.entities
    .map((e) => ({ id: e.id, label: site.nameOf(e.id, lang), n: site.index.articleCount(e.id) }))
    .filter((o) => o.n > 0)
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, lang));
  const options: Record<FilterKey, FilterOption[]> = {
    language: counted(keys.map((k) => k.language)).map((o) => ({ ...o, label: languageName(o.id, lang) })),
    source: counted(keys.map((k) => k.source.id)).map((o) => ({ ...o, label: sourceLabels.get(o.id)! })),
    year: counted(keys.map((k) => k.year))
      .map((o) => ({ ...o, label: o.id === 'unknown' ? t('date.unknown') : o.id }))
      .sort((a, b) => b.id.localeCompare(a.id)),
    entity: mentioned.slice(0, ENTITY_OPTIONS),
  };
  const legend = (key: FilterKey) =>
    key === 'entity' && mentioned.length > ENTITY_OPTIONS
      ? `${t('search.filter.entity')} (${t('search.filter.entity.top', { count: ENTITY_OPTIONS })})`
      : t(`search.filter.${key}`);
  return FILTERS.map((key) => ({ key, legend: legend(key), options: options[key] }));
}
