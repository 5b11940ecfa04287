import { segmenter } from '../lib/intl.ts';

/** What a page tells chat apps and search engines about itself, beyond its title and description (read by layouts/Base.astro). */
export interface Seo {
  type?: 'website' | 'article';
  /** Path of the page's 1200×630 PNG card. */
  image?: string;
  imageAlt?: string;
  /** ISO date, for `article:published_time`, when known. */
  publishedTime?: string | undefined;
  /** Up to two label/value pairs that Slack shows under the preview. */
  labels?: [string, string][];
  jsonLd?: unknown;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are
 * escaped so no text can close the script or open a comment, and U+2028/9 so
 * old parsers read it as JSON. `JSON.parse` gives back the original strings.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A description short enough for every unfurler (Discord cuts near 350 characters), cut at a grapheme boundary. */
export function truncate(text: string, max: number): string {
  // A string has at least as many UTF-16 code units as graphemes: short ones need no segmenting.
  if (text.length <= max) return text;
  const graphemes = [...segmenter(undefined, 'grapheme').segment(text)].map((s) => s.segment);
  if (graphemes.length <= max) return text;
  return `${graphemes
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Chat apps show about this many characters of a link's title before cutting it mid-word themselves. */
export const OG_TITLE_MAX = 70;

/**
 * A title short enough for a chat app's preview, cut at a word boundary in the title's language
 * (Intl.Segmenter: spaces in English and French, dictionary words in Chinese) and ended with "…".
 */
export function shortTitle(text: string, lang: string, max = OG_TITLE_MAX): string {
  if (text.length <= max) return text;
  const graphemes = [...segmenter(undefined, 'grapheme').segment(text)];
  if (graphemes.length <= max) return text;
  // The end of the last word that fits, with room for the ellipsis.
  const limit = graphemes[max - 1]!.index;
  let cut = 0;
  for (const word of segmenter(lang, 'word').segment(text)) {
    const end = word.index + word.segment.length;
    if (end > limit) break;
    if (word.isWordLike) cut = end;
  }
  // A single word longer than the limit: cut it at a grapheme.
  if (cut === 0) cut = limit;
  return `${text.slice(0, cut).replace(/[\s\p{P}]+$/u, '')}…`;
}
