// How a language's search index is split into shards: the build writes them (pagefind.ts), the
// search page merges them (search-page.ts). Runs in the browser too: no Node imports here.
//
// Pagefind has no incremental mode: a change to one page re-indexes every page in its bundle. So a
// large language is indexed as several bundles of about SHARD_PAGES pages, each page in the shard
// its path hashes to; a build re-indexes only the shards whose pages changed and copies the others
// from the last build. The search page merges the shards with Pagefind's mergeIndex, which shares
// one WebAssembly module between them. Shards are random samples of the same pages, so the word
// statistics that rank a result (BM25) are alike in each, and scores compare across them; a shard
// much smaller than this would rank its pages by statistics of too few pages.

/**
 * Pages of one language in a shard, about (the hash spreads them evenly, not exactly). More shards
 * re-index less after a change, but a search loads each one's metadata and, per word, an index chunk
 * of about 50 KB: at 10,000 articles (12 shards) a first search moved 664 KB against 365 KB in one index.
 */
export const SHARD_PAGES = 1000;

/** How many shards a language of `pages` pages gets: one for a small site. */
export function shardCount(pages: number, perShard = SHARD_PAGES): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

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

/** FNV-1a over the page's path: stable across builds and machines, and spread evenly. */
export function shardOf(file: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/**
 * The pages in each of `of` shards, fewer shards while one would be empty (possible only with very
 * few pages per shard): an empty bundle would be one more to load for nothing.
 */
export function splitIntoShards(files: readonly string[], of: number): string[][] {
  const shards = Array.from({ length: of }, () => [] as string[]);
  for (const file of files) shards[shardOf(file, of)]!.push(file);
  return of > 1 && shards.some((shard) => shard.length === 0) ? splitIntoShards(files, of - 1) : shards;
}
