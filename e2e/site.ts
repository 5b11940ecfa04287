import { SITE_URL } from '../src/lib/site-url.ts';

/** The origin every absolute URL in the built site names (canonical, og:url, og:image, feeds). */
export const SITE = SITE_URL;

/** Where the tests serve that build: a free port chosen by playwright.config.ts. */
export const SERVED = `http://localhost:${process.env['DOSSIER_E2E_PORT']}`;

/** The served address of an absolute site URL, for fetching what a page links to (a card image, say). */
export function served(url: string): string {
  return url.startsWith(SITE) ? SERVED + url.slice(SITE.length) : url;
}
