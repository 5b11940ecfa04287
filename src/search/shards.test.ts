import { describe, expect, it } from 'vitest';
import { pathHash, shardPath, splitIntoShards } from './shards.ts';

const files = Array.from({ length: 2500 }, (_, i) => `en/articles/article-${i}/index.html`);
const pagesOf = (shards: { files: string[] }[]) => shards.map((s) => s.files);

describe('shards', () => {
  it('a small site has one shard; a large one, shards of at most the pages asked and about half of it at least', () => {
    expect(pagesOf(splitIntoShards([]))).toEqual([[]]);
    expect(splitIntoShards(files.slice(0, 1500))).toHaveLength(1);
    const split = splitIntoShards(files, 1000);
    expect(split.length).toBeGreaterThan(2);
    for (const shard of split) expect(shard.files.length).toBeGreaterThan(300);
    for (const shard of split) expect(shard.files.length).toBeLessThanOrEqual(1000);
    expect(splitIntoShards(files.slice(0, 93), 20).every((s) => s.files.length > 0 && s.files.length <= 20)).toBe(true);
  });

  it('puts every page in one shard, the same one at every build, whatever the order it is given in', () => {
    const split = splitIntoShards(files, 800);
    expect(pagesOf(split).flat().sort()).toEqual([...files].sort());
    expect(splitIntoShards([...files].reverse(), 800)).toEqual(split);
    expect(pathHash(files[0]!)).toBe(pathHash(files[0]!));
  });

  it('a new page changes one shard; one that grows past the limit splits in two, and no other changes', () => {
    const before = splitIntoShards(files, 800);
    const after = splitIntoShards([...files, 'en/articles/new/index.html'], 800);
    expect(after.filter((s) => !before.some((b) => b.id === s.id && b.files.join() === s.files.join()))).toHaveLength(1);
    // Pages are added until a shard splits: the others keep their range and their pages.
    let grown = before;
    for (let i = 0; grown.length === before.length; i++)
      grown = splitIntoShards([...files, ...Array.from({ length: i }, (_, j) => `en/articles/new-${j}/index.html`)], 800);
    const changed = grown.filter((s) => !before.some((b) => b.id === s.id));
    expect(changed).toHaveLength(2);
    expect(grown.length).toBe(before.length + 1);
  });

  it('leaves no shard empty, even with pages that hash alike', () => {
    const split = splitIntoShards(files.slice(0, 3), 1);
    expect(split.every((s) => s.files.length === 1)).toBe(true);
    expect(splitIntoShards(['a', 'a', 'a'], 1).flatMap((s) => s.files)).toEqual(['a', 'a', 'a']);
  });

  it('serves the first shard at the bundle itself, where pagefind.js is', () => {
    expect(shardPath('/pagefind/en/', 0)).toBe('/pagefind/en/');
    expect(shardPath('/pagefind/en/', 2)).toBe('/pagefind/en/shard-2/');
  });
});
