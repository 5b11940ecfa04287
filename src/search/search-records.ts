// The search record of each page (see records.ts): what an article or an entity page gives the
// index besides its visible text. Computed here, written into the page by components/SearchRecord.astro.
import { htmlLang, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { publishedLabel, sourceLabel } from '../site/article-labels.ts';
import { articleLabels, labelledSummary, titleIn } from '../site/field-labels.ts';
import { articleParts, type Article, type Entity, type Site } from '../site/site-data.ts';
import { articleFilters } from './article-filters.ts';
import { UNDATED, type SearchRecord } from './records.ts';
import { elidedWords, searchMeta } from './search-text.ts';

export function articleRecord(site: Site, article: Article, lang: Locale): SearchRecord {
  const { data } = article;
  const title = titleIn(data, lang);
  const summary = labelledSummary(data, lang);
  const named = site.index.byArticle.get(article.id) ?? [];
  const filters = articleFilters(data, lang);
  // Names the page does not already show in this language: 微软 finds an article whose zh text says Microsoft.
  const shownText = `${title.text} ${summary.text} ${articleParts(article).text}`;
  const otherNames = [...new Set(named.flatMap((e) => site.searchNames.get(e.entityId)!))].filter((n) => !shownText.includes(n));
  const provenance = articleLabels(data, lang);
  return {
    kind: 'article',
    meta: {
      mentions: searchMeta(otherNames),
      // The words behind French elisions, which Pagefind indexes glued to their article (d’orchestration).
      words: elidedWords(shownText).join(' '),
      source: sourceLabel(data, lang, true),
      date: publishedLabel(data, lang),
      summary: summary.text,
      // Who wrote the title and summary a result shows, and their language when it is not the page's.
      ...(provenance.length > 0 ? { provenance: provenance.join(' · ') } : {}),
      ...(title.shown?.fallback ? { titleLang: htmlLang(title.lang) } : {}),
      ...(summary.shown?.fallback ? { summaryLang: htmlLang(summary.shown.lang) } : {}),
    },
    filters: { language: [filters.language], source: [filters.source.id], year: [filters.year], entity: named.map((e) => e.entityId) },
    date: data.published.date ?? UNDATED,
  };
}

export function entityRecord(site: Site, entity: Entity, lang: Locale): SearchRecord {
  const t = useTranslations(lang);
  return {
    kind: 'entity',
    meta: {
      // Its names in every language, searchable and never excerpted.
      names: searchMeta(site.searchNames.get(entity.id)!),
      type: t(`type.${entity.data.type}`),
      summary: entity.data.description[lang],
    },
    filters: {},
  };
}
