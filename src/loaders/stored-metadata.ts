import type { Locale } from '../i18n/locales.ts';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { packMentions, unpackMentions, type PackedMentions } from './packed-mentions.ts';

// What the article loader keeps of each article in the content store, and how pages read it back.
// Apart from the loader (article-loader.ts) so that pages import these few functions, not the pipeline.

/** What the loader derives from an article for every page; what only its own page reads is in its parts file. */
export interface ArticleMetadata {
  /** Every entity mention in the article text, in order. */
  mentions: RecordedMention[];
  /** Every entity mention in the summary written in each site language (none while it is missing): they count as the article's mentions. */
  summaryMentions: Partial<Record<Locale, RecordedMention[]>>;
  /** Where its HTML, text and shown summaries are (article-parts.ts), in a file named by the digest of what it holds. */
  partsFile: string;
}

/** The same as the content store keeps it (in `rendered.metadata`), its mentions packed (packed-mentions.ts). */
export interface StoredArticleMetadata {
  mentions: PackedMentions;
  summaryMentions: Partial<Record<Locale, PackedMentions>>;
  partsFile: string;
}

export function storedMetadata(metadata: ArticleMetadata): StoredArticleMetadata {
  return {
    mentions: packMentions(metadata.mentions),
    summaryMentions: Object.fromEntries(Object.entries(metadata.summaryMentions).map(([lang, list]) => [lang, packMentions(list)])),
    partsFile: metadata.partsFile,
  };
}

export function readStoredMetadata(stored: StoredArticleMetadata): ArticleMetadata {
  return {
    mentions: unpackMentions(stored.mentions),
    summaryMentions: Object.fromEntries(Object.entries(stored.summaryMentions).map(([lang, packed]) => [lang, unpackMentions(packed)])),
    partsFile: stored.partsFile,
  };
}

/** The parts file a stored entry names. */
export const storedPartsFile = (entry: { rendered?: { metadata?: unknown } }) => (entry.rendered?.metadata as StoredArticleMetadata).partsFile;
