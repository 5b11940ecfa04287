import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePathsFrom } from './article-args.ts';

describe('articlePathsFrom', () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-args-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  const file = join(root, 'content', 'articles', 'a-story.md');
  writeFileSync(file, '');

  it('finds an article by its path from here, by the path ingest prints (from the content root), or by its slug', () => {
    for (const arg of [file, 'content/articles/a-story.md', 'a-story', 'a-story.md']) expect(articlePathsFrom([arg], root)[0]!.path).toBe(file);
  });

  it('names the slug’s place when nothing matches, so the error says where it looked', () => {
    expect(articlePathsFrom(['no-such-story'], root)[0]!.path).toBe(join(root, 'content', 'articles', 'no-such-story.md'));
  });
});
