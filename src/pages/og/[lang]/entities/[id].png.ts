import { cardRoute, entityCardPaths } from '../../../../cards/routes.ts';

export const getStaticPaths = entityCardPaths;
export const GET = cardRoute;
