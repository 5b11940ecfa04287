import type { APIRoute } from 'astro';
import { getSite } from '../site/content.ts';
import { LOCALES } from '../i18n/locales.ts';
import { cardPng } from './card.ts';
import { cardIdentity, type CardContent } from './card-design.ts';
import { cards } from './card-content.ts';
import { cardKey } from '../site/page-keys.ts';

export { cards };

export const pngResponse = async (card: CardContent) => new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });

/** A card route is copied from the last build while what its card says, and the card design, are unchanged (see page-keys.ts). */
export const keyed = <T extends { props: { card: CardContent } }>(path: T) => ({ ...path, cacheKey: cardKey(cardIdentity(path.props.card)) });

export async function articleCardPaths() {
  const { articles } = await getSite();
  return LOCALES.flatMap((lang) =>
    articles.map((article) => ({ params: { lang, slug: article.id }, props: { card: cards.article(article, lang) } })).map(keyed),
  );
}

export async function entityCardPaths() {
  const { entities } = await getSite();
  return LOCALES.flatMap((lang) => entities.map((entity) => ({ params: { lang, id: entity.id }, props: { card: cards.entity(entity, lang) } })).map(keyed));
}

export const cardRoute: APIRoute<{ card: CardContent }> = ({ props }) => pngResponse(props.card);
