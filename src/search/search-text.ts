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

/**
 * Names kept in Pagefind metadata: searchable (Pagefind 1.5+ matches metadata fields, weighted in
 * records.ts), but never part of a result's excerpt, as hidden text in the page body would be.
 * The separator lets the results script tell one name from another.
 */
const NAME_SEPARATOR = ' | ';

export function searchMeta(names: readonly string[]): string {
  return names.map((n) => n.replaceAll('|', ' ')).join(NAME_SEPARATOR);
}

export function namesFromMeta(meta: string | undefined): string[] {
  return meta
    ? meta
        .split(NAME_SEPARATOR)
        .map((n) => n.trim())
        .filter(Boolean)
    : [];
}

/** Case, width and spacing do not matter when a query is compared with a name: "xai" is "xAI". */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s·・.-]+/gu, '');
  return key(a) === key(b);
}
