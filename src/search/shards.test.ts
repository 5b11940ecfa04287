import { describe, expect, it } from 'vitest';
import { shardCount, shardOf, shardPath, splitIntoShards } from './shards.ts';

const files = Array.from({ length: 2500 }, (_, i) => `en/articles/article-${i}/index.html`);

describe('shards', () => {
  it('a small site has one shard; a large one, shards of at most the pages asked', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(1000)).toBe(1);
    expect(shardCount(1001)).toBe(2);
    expect(shardCount(93, 20)).toBe(5);
  });

  it('puts every page in one shard, the same one at every build, and spreads them evenly', () => {
    const split = splitIntoShards(files, 3);
    expect(split.flat().sort()).toEqual([...files].sort());
    expect(splitIntoShards([...files].reverse(), 3).map((s) => [...s].sort())).toEqual(split.map((s) => [...s].sort()));
    for (const shard of split) expect(shard.length).toBeGreaterThan(700);
    expect(shardOf(files[0]!, 3)).toBe(shardOf(files[0]!, 3));
  });

  it('a new page leaves every other page in its shard', () => {
    const before = splitIntoShards(files, 3);
    const after = splitIntoShards([...files, 'en/articles/new/index.html'], 3);
    expect(after.map((s) => s.filter((f) => !f.includes('/new/')))).toEqual(before);
  });

  it('leaves no shard empty', () => {
    const few = files.slice(0, 3);
    const split = splitIntoShards(few, 3);
    expect(split.every((s) => s.length > 0)).toBe(true);
    expect(split.flat().sort()).toEqual([...few].sort());
    expect(splitIntoShards([], 1)).toEqual([[]]);
  });

  it('serves the first shard at the bundle itself, where pagefind.js is', () => {
    expect(shardPath('/pagefind/en/', 0)).toBe('/pagefind/en/');
    expect(shardPath('/pagefind/en/', 2)).toBe('/pagefind/en/shard-2/');
  });
});
