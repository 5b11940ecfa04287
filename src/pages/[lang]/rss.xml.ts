import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../../site/content.ts';
import { HTML_LANG, localeStaticPaths, type Locale } from '../../i18n/locales.ts';
import { paths } from '../../i18n/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { describedSummary, titleIn } from '../../site/field-labels.ts';

export const getStaticPaths = localeStaticPaths;

/**
 * The newest articles a feed lists. A feed tells readers what is new: feed readers fetch it again
 * every few minutes, and with every article it grew to 6.5 MB per language at 10,000 articles.
 */
const FEED_ITEMS = 50;

/**
 * One feed per language: the newest articles' titles and summaries in that language, newest first.
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
    customData: `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
    items: articles.slice(0, FEED_ITEMS).map((article) => ({
      title: titleIn(article.data, lang).text,
      description: describedSummary(article.data, lang),
      link: paths.article(lang, article.id),
      // Feeds need a full date; one given to the month or year is placed at its first day, an unknown one is left out.
      ...(article.data.published.date ? { pubDate: new Date(article.data.published.date) } : {}),
    })),
  });
};
