import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { articleSchema } from '../schemas/article.ts';
import type { ContentDirs } from '../loaders/read-articles.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseMarkdownFile } from '../lib/yaml.ts';
import type { Existing } from './prepare.ts';

/**
 * What content/ already holds, read leniently: ingest must go on while a draft
 * is half edited or broken (the build reports those; ingest only needs ids,
 * slugs and source names). Each file it cannot read fully is named in `problems`.
 */
export function readExisting(dirs: ContentDirs): { existing: Existing; problems: string[] } {
  const existing: Existing = { ids: new Map(), slugs: new Set(), sources: new Set(existsSync(dirs.sources) ? readdirSync(dirs.sources) : []) };
  const problems: string[] = [];
  const names = existsSync(dirs.articles)
    ? readdirSync(dirs.articles)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  for (const name of names) {
    const path = join(dirs.articles, name);
    const file = relative(dirs.root, path);
    existing.slugs.add(name.slice(0, -'.md'.length));
    try {
      const { frontmatter } = parseMarkdownFile(decodeTextFile(readFileSync(path), file), file);
      const data = (frontmatter ?? {}) as { id?: unknown; aliases?: unknown; source?: { file?: unknown } };
      if (typeof data.id === 'string') existing.ids.set(data.id, file);
      if (Array.isArray(data.aliases)) for (const a of data.aliases) if (typeof a === 'string') existing.slugs.add(a);
      const sourceFile = data.source?.file;
      if (typeof sourceFile === 'string' && !/[\\/]/.test(sourceFile) && existsSync(join(dirs.sources, sourceFile))) {
        existing.ids.set(
          createHash('sha256')
            .update(readFileSync(join(dirs.sources, sourceFile)))
            .digest('hex'),
          file,
        );
      }
      const parsed = articleSchema.safeParse(frontmatter ?? {});
      if (!parsed.success) {
        problems.push(
          `${file}: ${parsed.error.issues.length} problem(s) the build will report (first: ${parsed.error.issues[0]!.path.join('.') || 'frontmatter'}: ${parsed.error.issues[0]!.message}).`,
        );
      }
    } catch (error) {
      problems.push(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return { existing, problems };
}
