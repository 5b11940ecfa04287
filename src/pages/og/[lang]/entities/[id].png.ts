import { cardRoute, entityCardPaths } from '../../../../og/routes.ts';

export const getStaticPaths = entityCardPaths;
export const GET = cardRoute;
