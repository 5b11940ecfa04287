/**
 * The kinds of page chrome an article's `notes.removed` may list. The schema owns the list; the
 * cleaner (src/ingest/cleaning/rules.ts) has a rule or a classifier feature for each.
 */
export const REMOVAL_KINDS = [
  'title-line', // the title, moved to the `title` field
  'dateline', // a date line, moved to the `published` field
  'affiliate-disclaimer',
  'read-more-link',
  'comment-prompt',
  'aggregator-header',
  'ui-control',
  'promo',
  'related-links',
  'aggregator-disclaimer',
  'source-link',
  'tag-line',
  'translation-notice',
  'related-footer',
  // Found by the block classifier (classify.ts) on any site:
  'navigation', // menus, breadcrumbs, skip links, footer links
  'share', // share buttons and social network names
  'cookie-notice',
  'newsletter',
  'advertisement',
  'copyright',
  'comments', // comment counters and prompts
  'byline', // author or source line, moved to metadata
  'image-caption', // an image's caption and credit: the image is not kept (src/ingest/html-around.ts)
] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];
