/**
 * Pagefind indexes a French elided word as one token without its apostrophe
 * ("d’orchestration" → "dorchestration"), so a search for "orchestration"
 * would miss it. These are the words behind the elisions of a text, once each,
 * for the page to offer the index alongside its visible text.
 */
export function elidedWords(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]([\p{L}\p{M}][\p{L}\p{M}-]*)/giu)) {
    words.add(m[1]!);
  }
  return [...words];
}
