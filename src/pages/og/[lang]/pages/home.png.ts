import { LOCALES } from '../../../../i18n/locales.ts';
import { cardRoute, cards } from '../../../../cards/routes.ts';

export const getStaticPaths = () => LOCALES.map((lang) => ({ params: { lang }, props: { card: cards.home(lang) } }));
export const GET = cardRoute;
