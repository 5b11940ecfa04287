// How a language's search index is split into shards: the build writes them (pagefind.ts), the
// search page merges them (search-page.ts). Runs in the browser too: no Node imports here.
//
// Pagefind has no incremental mode: a change to one page re-indexes every page in its bundle. So a
// large language is indexed as several bundles of at most SHARD_PAGES pages, each page in the shard
// whose range of hashes holds its path's; a build re-indexes only the shards whose pages changed and
// copies the others from the last build. The search page merges the shards with Pagefind's
// mergeIndex, which shares one WebAssembly module between them. Shards are random samples of the same
// pages, so the word statistics that rank a result (BM25) are alike in each, and scores compare
// across them; a shard much smaller than this would rank its pages by statistics of too few pages.

/**
 * Most pages of one language in a shard; a shard holds between about half and all of it (1,000 on
 * average), so a language has about as many shards as it has thousands of pages. More shards
 * re-index less after a change, but a search loads each one's metadata and, per word, an index chunk
 * of about 50 KB: at 10,000 articles (12 shards) a first search moved 664 KB against 365 KB in one index.
 */
export const SHARD_PAGES = 1500;

/** Where shard `index` of a language's bundle is served: the first is the bundle itself (it holds pagefind.js). */
export function shardPath(bundle: string, index: number): string {
  return index === 0 ? bundle : `${bundle}shard-${index}/`;
}

/** The file in each language's bundle that tells the search page how many shards to merge. */
export const SHARDS_FILE = 'shards.json';
export interface ShardsFile {
  shards: number;
}

/** The synthetic filter each shard's pages carry in the browser, to search one shard alone. */
export const SHARD_FILTER = 'shard';

/** FNV-1a over the page's path, unsigned: stable across builds and machines, and spread evenly. */
export function pathHash(file: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** One shard: the pages whose path hash lies in one range, and a name for that range. */
export interface Shard {
  id: string;
  files: string[];
}

const HASHES = 2 ** 32;

/**
 * A language's pages in shards, in hash order. The range of path hashes is halved, and its halves
 * halved again, while a part holds more than `perShard` pages; each part holding a page is a shard.
 * A shard depends only on the pages in its range: when one grows past `perShard` it alone splits in
 * two, and only those two are indexed again. (A split into `ceil(pages / perShard)` shards by
 * `hash % n` moved every page each time n grew: once per 1,000 new pages, every shard was indexed
 * again.) A small site has one shard, with no page when it has none.
 */
export function splitIntoShards(files: readonly string[], perShard = SHARD_PAGES): Shard[] {
  const hashed = files.map((file) => ({ file, hash: pathHash(file) })).sort((a, b) => a.hash - b.hash || (a.file < b.file ? -1 : 1));
  const shards: Shard[] = [];
  const split = (from: number, to: number, part: typeof hashed) => {
    if (part.length === 0) return;
    if (part.length <= perShard || to - from < 2) {
      shards.push({ id: `${from.toString(16)}-${to.toString(16)}`, files: part.map((p) => p.file).sort() });
      return;
    }
    const middle = from + (to - from) / 2;
    const cut = part.findIndex((p) => p.hash >= middle);
    split(from, middle, cut === -1 ? part : part.slice(0, cut));
    split(middle, to, cut === -1 ? [] : part.slice(cut));
  };
  split(0, HASHES, hashed);
  return shards.length > 0 ? shards : [{ id: `0-${HASHES.toString(16)}`, files: [] }];
}
