import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesBelow } from '../lib/files-below.ts';
import type { ArticleData } from '../schemas/article.ts';

/**
 * The validated frontmatter of each article file, by the hash of its bytes, kept from one build to the
 * next: reading YAML and checking it against the schema was 2.2 s of every build at 10,000 articles,
 * for files that had not changed. Only files that passed every check are kept, so a file with a
 * problem is read again and its problem reported every time. The cache holds the result of the code
 * that made it: `code` names that code (see readingCode), and a cache made by other code is not read.
 */
export interface ValidatedArticles {
  /** The data of a file with these bytes, as the checks gave it last time; undefined when not known. */
  get(raw: string): ArticleData | undefined;
  remember(raw: string, data: ArticleData): void;
  /** Writes what this read used (and nothing else: removed files leave it) when it differs from what was read. */
  save(): void;
}

interface CacheFile {
  code: string;
  entries: Record<string, ArticleData>;
}

const hashOf = (raw: string) => createHash('sha256').update(raw).digest('base64url');

export function validatedArticles(file: string, code: string): ValidatedArticles {
  let known: Record<string, ArticleData> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (read.code === code) known = read.entries;
  } catch {
    // No cache, or an unreadable one: every file is read.
  }
  const used: Record<string, ArticleData> = {};
  let added = false;
  // A file not known is remembered right after it is looked up: its hash is not computed twice.
  let last = { raw: '', hash: hashOf('') };
  const hashOfRaw = (raw: string) => (last.raw === raw ? last.hash : (last = { raw, hash: hashOf(raw) }).hash);
  return {
    get(raw) {
      const hash = hashOfRaw(raw);
      const data = known[hash];
      if (data !== undefined) used[hash] = data;
      return data;
    },
    remember(raw, data) {
      used[hashOfRaw(raw)] = data;
      added = true;
    },
    save() {
      if (!added && Object.keys(used).length === Object.keys(known).length) return;
      mkdirSync(dirname(file), { recursive: true });
      // Whole or not at all: another build may read it.
      writeFileSync(`${file}.${process.pid}`, JSON.stringify({ code, entries: used } satisfies CacheFile));
      renameSync(`${file}.${process.pid}`, file);
    },
  };
}

/**
 * What made a cache's entries: every source file of the project (a change anywhere in `src/` is taken
 * as a change to the checks: simpler than knowing which modules they import, and rare) and the
 * lockfile (the versions of the YAML parser and of zod among the others).
 */
export function readingCode(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of filesBelow(join(projectRoot, 'src')).sort())
    hash
      .update(`${relative(projectRoot, file)}\u0000`)
      .update(readFileSync(file))
      .update('\u0000');
  try {
    hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  } catch {
    // No lockfile: the versions installed are not known, so the cache serves this build alone.
    hash.update(`no lockfile ${process.pid} ${Date.now()}`);
  }
  return hash.digest('base64url');
}
