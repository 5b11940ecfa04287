/**
 * The site's absolute URL, the one setting every canonical, og:url and og:image
 * is built from. Set SITE_URL when building for a real host.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export const SITE_URL: string = (globalThis.process?.env?.['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, '');
