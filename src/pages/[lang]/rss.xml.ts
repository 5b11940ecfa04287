import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../../content.ts';
import { localeStaticPaths, type Locale } from '../../i18n/locales.ts';
import { paths } from '../../i18n/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { fieldLabels, labelledSummary, titleIn } from '../../i18n/field-labels.ts';
import type { ArticleData } from '../../schemas/article.ts';

export const getStaticPaths = localeStaticPaths;

/**
 * One feed per language: each article's title and summary in that language, newest first.
 * A feed item has no `lang` of its own: a machine-drafted or borrowed title or summary says so in words.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const articles = await getArticles();
  return rss({
    title: t('feed.title'),
    description: t('site.tagline'),
    site: new URL(paths.home(lang), site),
    trailingSlash: true,
    customData: `<language>${lang === 'zh' ? 'zh-cn' : lang}</language>`,
    items: articles.map((article) => ({
      title: titleIn(article.data, lang).text,
      description: feedDescription(article.data, lang),
      link: paths.article(lang, article.id),
      // Feeds need a full date; one given to the month or year is placed at its first day, an unknown one is left out.
      ...(article.data.published.date ? { pubDate: new Date(article.data.published.date) } : {}),
    })),
  });
};

/** "[Machine-drafted summary, not yet reviewed] The summary…": the labels first, so no reader mistakes the text for a person's. */
function feedDescription(data: ArticleData, lang: Locale): string {
  const { shown } = titleIn(data, lang);
  const summary = labelledSummary(data, lang);
  const labels = [...new Set([...fieldLabels('title', shown, lang), ...summary.labels])];
  const text = summary.shown ? summary.text : useTranslations(lang)('field.summary.none');
  return labels.length > 0 ? `[${labels.join(' · ')}] ${text}` : text;
}
