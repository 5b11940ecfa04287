// Date-sorted results of several shards (shards.ts), merged. Pagefind's own merge orders results by
// score, and a sorted search scores a result by its place among its shard's pages, so its merge
// interleaves the shards instead of sorting them by date. Runs in the browser: no Node imports here.

/** A result whose data (one small file) is loaded on demand, at most once. */
export interface Lazy<D> {
  data(): Promise<D>;
}

/**
 * The results of lists each already sorted newest first, merged newest first as they are read:
 * `take(n)` gives the next n. A result's data is read when it heads its list, so showing the first n
 * results reads about n + (number of lists) files, not every result's. Keys compare as text (the
 * sort key's forms `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `0000` sort so); equal keys keep the lists' order.
 */
export function mergedNewestFirst<D, T extends Lazy<D>>(lists: readonly (readonly T[])[], keyOf: (data: D) => string): (n: number) => Promise<T[]> {
  const at = lists.map(() => 0);
  // One take at a time: two at once (a double click on "Show more") would both take the same heads.
  let queue: Promise<unknown> = Promise.resolve();
  const take = async (n: number) => {
    const taken: T[] = [];
    while (taken.length < n) {
      const heads = await Promise.all(lists.map(async (list, i) => (at[i]! < list.length ? keyOf(await list[at[i]!]!.data()) : undefined)));
      let best = -1;
      heads.forEach((key, i) => {
        if (key !== undefined && (best === -1 || key > heads[best]!)) best = i;
      });
      if (best === -1) break;
      taken.push(lists[best]![at[best]!]!);
      at[best]!++;
    }
    return taken;
  };
  return (n) => {
    const next = queue.then(() => take(n));
    // A failed read (a fragment that did not load) fails its own take, not the ones after it.
    queue = next.catch(() => undefined);
    return next;
  };
}

/**
 * The words of a query as Pagefind searches them: Chinese and Japanese are cut into words (as
 * Pagefind does with Intl.Segmenter), other languages at spaces.
 */
export function queryWords(query: string, lang: string): string[] {
  if (/^(zh|ja)\b/.test(lang)) {
    return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * The shards a query of several words may match in. Pagefind leaves out of a query any word its
 * index has no page for, so a shard lacking a word that other shards have would match pages on the
 * other words alone, which one index of every page would not (it has the word, and asks for it).
 * `counts` holds, for each word, its number of pages in each shard; a word no shard has is left out
 * everywhere, as one index would.
 */
export function shardsHoldingEveryWord(counts: readonly Readonly<Record<string, number>>[], shards: number): string[] {
  const found = counts.filter((perShard) => Object.values(perShard).some((n) => n > 0));
  return Array.from({ length: shards }, (_, i) => String(i)).filter((shard) => found.every((perShard) => (perShard[shard] ?? 0) > 0));
}
