// What each card says, apart from the routes (which need Astro's content layer), so the card bench can draw the site's own cards.
import type { Article, Entity } from '../site/content.ts';
import { publishedLabel, sourceLabel } from '../site/article-labels.ts';
import { fieldLabels, titleIn } from '../site/field-labels.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { CardContent } from './card-design.ts';

/** What each kind of page's card says: one place, used by the card routes and by the pages' og:image:alt. */
export const cards = {
  article: (article: Pick<Article, 'data'>, lang: Locale): CardContent => {
    const title = titleIn(article.data, lang);
    // A machine-drafted or borrowed title says so on the card, in place of the kicker.
    const labels = fieldLabels('title', title.shown, lang);
    return {
      lang,
      kicker: labels.length > 0 ? labels.join(' · ') : useTranslations(lang)('card.article'),
      title: title.text,
      footer: `${sourceLabel(article.data, lang, true)} · ${publishedLabel(article.data, lang)}`,
    };
  },
  entity: (entity: Pick<Entity, 'data'>, lang: Locale): CardContent => {
    const t = useTranslations(lang);
    return { lang, kicker: t('card.entity', { type: t(`type.${entity.data.type}`) }), title: entity.data.name[lang], footer: entity.data.description[lang] };
  },
  home: (lang: Locale): CardContent => {
    const t = useTranslations(lang);
    return { lang, kicker: t('site.name'), title: t('home.title'), footer: t('site.tagline') };
  },
};
