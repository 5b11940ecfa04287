/**
 * How many of the latest articles the home page lists; the timeline lists them all (a 1,000-article
 * home weighed 600 KB). Its own module so the e2e tests can read it without Astro's content layer.
 */
export const HOME_LATEST = 30;
