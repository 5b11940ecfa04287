import { articleCardPaths, cardRoute } from '../../../og/routes.ts';

export const getStaticPaths = articleCardPaths;
export const GET = cardRoute;
