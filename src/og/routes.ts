import type { APIRoute } from 'astro';
import { getSite, type Article, type Entity } from '../content.ts';
import { publishedLabel, sourceLabel } from '../i18n/article-labels.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { cardPng, type CardContent } from './card.ts';
import { cardKey } from '../page-keys.ts';
import { fieldLabels, titleIn } from '../i18n/field-labels.ts';

/** What each kind of page's card says: one place, used by the card routes and by the pages' og:image:alt. */
export const cards = {
  article: (article: Article, lang: Locale): CardContent => {
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
  entity: (entity: Entity, lang: Locale): CardContent => {
    const t = useTranslations(lang);
    return { lang, kicker: t('card.entity', { type: t(`type.${entity.data.type}`) }), title: entity.data.name[lang], footer: entity.data.description[lang] };
  },
  home: (lang: Locale): CardContent => {
    const t = useTranslations(lang);
    return { lang, kicker: t('site.name'), title: t('home.title'), footer: t('site.tagline') };
  },
};

export const pngResponse = async (card: CardContent) =>
  new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });

/** A card route is copied from the last build while what its card says is unchanged (see page-keys.ts). */
export const keyed = <T extends { props: { card: CardContent } }>(path: T) => ({ ...path, cacheKey: cardKey(path.props.card) });

export async function articleCardPaths() {
  const { articles } = await getSite();
  return LOCALES.flatMap((lang) => articles.map((article) => ({ params: { lang, slug: article.id }, props: { card: cards.article(article, lang) } })).map(keyed));
}

export async function entityCardPaths() {
  const { entities } = await getSite();
  return LOCALES.flatMap((lang) => entities.map((entity) => ({ params: { lang, id: entity.id }, props: { card: cards.entity(entity, lang) } })).map(keyed));
}

export const cardRoute: APIRoute<{ card: CardContent }> = ({ props }) => pngResponse(props.card);
