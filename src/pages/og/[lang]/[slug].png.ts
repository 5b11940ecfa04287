import { articleCardPaths, cardRoute } from '../../../cards/routes.ts';

export const getStaticPaths = articleCardPaths;
export const GET = cardRoute;
