import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleWith, makeContentRoot, VALID_ARTICLE } from './content-fixture.ts';
import { contentDirs, readArticles } from './read-articles.ts';
import { readingCode, validatedArticles } from './validated-articles.ts';

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'dossier-validated-')), 'cache.json');
/** Reads `root`'s articles through the cache in `file` made by `code`, and saves it. */
function readThrough(root: string, file: string, code = 'code') {
  const validated = validatedArticles(file, code);
  try {
    return readArticles(contentDirs(root), { validated });
  } finally {
    validated.save();
  }
}
const entries = (file: string) => Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { entries: object }).entries).length;

describe('validated articles', () => {
  it('gives the real content folder exactly as a read without it does, from the cache and not', () => {
    const file = cacheFile();
    const fresh = readArticles(contentDirs(process.cwd()));
    expect(readThrough(process.cwd(), file)).toEqual(fresh);
    expect(entries(file)).toBe(fresh.length);
    expect(readThrough(process.cwd(), file)).toEqual(fresh);
  });

  it('uses what it holds: an entry stands for a file with the same bytes', () => {
    const root = makeContentRoot();
    const file = cacheFile();
    readThrough(root, file);
    // Proof that the second read took the cached data: an entry altered by hand comes back.
    const cache = JSON.parse(readFileSync(file, 'utf8')) as { code: string; entries: Record<string, { story?: string }> };
    for (const data of Object.values(cache.entries)) data.story = 'from-the-cache';
    writeFileSync(file, JSON.stringify(cache));
    expect(readThrough(root, file)[0]!.data.story).toBe('from-the-cache');
    // Made by other code, it is not read.
    expect(readThrough(root, file, 'other code')[0]!.data.story).toBeUndefined();
  });

  it('checks a changed file again, and keeps no file with a problem', () => {
    const file = cacheFile();
    const root = makeContentRoot();
    readThrough(root, file);
    writeFileSync(join(root, 'content', 'articles', 'valid.md'), articleWith(/"2025-10-03"/, '"2025-13-45"'));
    expect(() => readThrough(root, file)).toThrow(/valid\.md → published\.date: /);
    expect(() => readThrough(root, file)).toThrow(/valid\.md → published\.date: /);
    expect(entries(file)).toBe(0);
  });

  it('forgets removed files', () => {
    const file = cacheFile();
    const root = makeContentRoot({ 'valid.md': VALID_ARTICLE, 'other.md': articleWith(/id: 0123abcd/, 'id: 0123abce') });
    readThrough(root, file);
    expect(entries(file)).toBe(2);
    rmSync(join(root, 'content', 'articles', 'other.md'));
    readThrough(root, file);
    expect(entries(file)).toBe(1);
  });

  it('names the code that made it: the project source and the parsers', () => {
    expect(readingCode(process.cwd())).toBe(readingCode(process.cwd()));
    expect(readingCode(process.cwd())).toMatch(/^[\w-]{43}$/);
  });
});
