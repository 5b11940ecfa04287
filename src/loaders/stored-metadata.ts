import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { readStored, writeWhole } from './article-parts.ts';
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

/**
 * What the content store keeps (in `rendered.metadata`): where the article's parts are, and where its
 * mentions are. The mentions (packed, packed-mentions.ts) were half the store: Astro serializes the
 * whole store after any change (devalue, 3 s for 43 MB at 10,000 articles) and parses it twice per
 * build, while a file of their own, beside the parts file and named by the digest of what it holds,
 * is read once per build with JSON.parse.
 */
export interface StoredArticleMetadata {
  partsFile: string;
  mentionsFile: string;
}

/** What an article's mentions file holds. */
interface StoredMentions {
  mentions: PackedMentions;
  summaryMentions: Partial<Record<Locale, PackedMentions>>;
}

/** Writes the article's mentions into `folder` (the parts folder), in a file named by what it holds; returns what the store keeps. */
export function storeMetadata(metadata: ArticleMetadata, folder: string): StoredArticleMetadata {
  const stored: StoredMentions = {
    mentions: packMentions(metadata.mentions),
    summaryMentions: Object.fromEntries(Object.entries(metadata.summaryMentions).map(([lang, list]) => [lang, packMentions(list)])),
  };
  const json = JSON.stringify(stored);
  const mentionsFile = join(folder, `${createHash('sha256').update(json).digest('base64url')}.mentions.json`);
  writeWhole(mentionsFile, json);
  return { partsFile: metadata.partsFile, mentionsFile };
}

export function readStoredMetadata(stored: StoredArticleMetadata): ArticleMetadata {
  const { mentions, summaryMentions } = readStored<StoredMentions>(stored.mentionsFile);
  return {
    mentions: unpackMentions(mentions),
    summaryMentions: Object.fromEntries(Object.entries(summaryMentions).map(([lang, packed]) => [lang, unpackMentions(packed)])),
    partsFile: stored.partsFile,
  };
}

/** The files of the parts folder a stored entry names. */
export const storedFiles = (entry: { rendered?: { metadata?: unknown } }) => {
  const { partsFile, mentionsFile } = entry.rendered?.metadata as StoredArticleMetadata;
  return [partsFile, mentionsFile];
};
