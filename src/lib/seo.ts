import type { Locale } from '../i18n/locales.ts';
import { segmenter } from './intl.ts';

/** Open Graph locales (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', zh: 'zh_CN' };

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
  return `${graphemes.slice(0, max - 1).join('').trimEnd()}…`;
}
