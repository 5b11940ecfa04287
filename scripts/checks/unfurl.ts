import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { fileOf, type DistPage } from './dist-files.ts';
import type { Problem } from './links.ts';
import { pngSize } from '../../src/lib/png.ts';

export { pngSize };

/** Chat crawlers read only the start of a page: Teams about 16 KB, Slack 32 KB. */
export const HEAD_WINDOW_BYTES = 16 * 1024;
export const CARD_MAX_BYTES = 300 * 1024;

const REQUIRED = [
  'og:type',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:locale',
  'og:site_name',
  'twitter:card',
];
const ARTICLE_LABELS = ['twitter:label1', 'twitter:data1', 'twitter:label2', 'twitter:data2'];

/** Pages whose links people paste: articles, entities and permalinks. */
export const isSharedPage = (url: string) => /^\/(en|fr|zh)\/(articles|entities)\/[^/]+\/$/.test(url) || /^\/a\/[^/]+\/$/.test(url);

/**
 * What a chat app needs to unfurl a link, checked as the app would read it:
 * every tag within the first 16 KB, absolute URLs on the site, and a PNG card
 * of 1200×630 under 300 KB that exists in the build.
 */
export function checkUnfurls(pages: readonly DistPage[], dist: string, files: ReadonlySet<string>, siteUrl: string): Problem[] {
  const site = new URL(siteUrl);
  const problems: Problem[] = [];
  for (const page of pages.filter((p) => isSharedPage(p.url))) {
    const problem = (message: string) => problems.push({ page: page.url, message });
    // Parse only what a crawler reads: the first 16 KB.
    const window = fromHtml(Buffer.from(page.html).subarray(0, HEAD_WINDOW_BYTES).toString('utf8'));
    const meta = new Map<string, string>();
    for (const m of selectAll('meta', window) as Element[]) {
      const key = String(m.properties['property'] ?? m.properties['name'] ?? '');
      if (key && !meta.has(key)) meta.set(key, String(m.properties['content'] ?? ''));
    }
    const isArticle = page.url.includes('/articles/') || page.url.startsWith('/a/');
    for (const key of [...REQUIRED, ...(isArticle ? ARTICLE_LABELS : [])]) {
      if (!meta.get(key)?.trim()) problem(`${key} is missing from the first ${HEAD_WINDOW_BYTES} bytes.`);
    }
    if (isArticle && meta.get('og:type') !== 'article') problem(`og:type is "${meta.get('og:type')}", not "article".`);
    if (meta.get('twitter:card') !== 'summary_large_image') problem('twitter:card is not summary_large_image.');
    const canonical = (selectAll('link[rel=canonical]', window)[0] as Element | undefined)?.properties['href'];
    if (typeof canonical !== 'string') problem('no canonical link in the first 16 KB.');
    for (const key of ['og:url', 'og:image']) {
      const value = meta.get(key);
      if (!value) continue;
      if (!value.startsWith(`${site.origin}/`)) problem(`${key} "${value}" is not an absolute URL on ${site.origin}.`);
    }
    if (canonical && meta.get('og:url') && canonical !== meta.get('og:url')) problem(`og:url ${meta.get('og:url')} differs from the canonical ${canonical}.`);
    const published = meta.get('article:published_time');
    if (published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published)) problem(`article:published_time "${published}" is not an ISO date.`);

    const image = meta.get('og:image');
    if (!image?.startsWith(`${site.origin}/`)) continue;
    const file = fileOf(new URL(image).pathname, files);
    if (!file || !existsSync(join(dist, file))) {
      problem(`og:image ${image} is not in the build.`);
      continue;
    }
    const bytes = readFileSync(join(dist, file));
    const size = pngSize(bytes);
    if (!size) problem(`og:image ${image} is not a PNG.`);
    else if (size.width !== 1200 || size.height !== 630) problem(`og:image ${image} is ${size.width}×${size.height}, not 1200×630.`);
    if (meta.get('og:image:width') !== '1200' || meta.get('og:image:height') !== '630') problem('og:image:width/height do not say 1200×630.');
    if (statSync(join(dist, file)).size > CARD_MAX_BYTES) problem(`og:image ${image} weighs ${bytes.length} bytes, over ${CARD_MAX_BYTES}.`);
  }
  return problems;
}
