// Adds raw article texts to content/: `npm run ingest -- <file.txt> [more files] [--content-root DIR]`.
// For each file: checks it, copies it byte for byte to content/sources/, writes a new
// content/articles/ entry (cleaned text, detected language, stated title/date/source,
// to-do fields for the summaries), and says what it did. It never overwrites a file,
// writes through temporary files and renames, and exits non-zero if any file failed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../src/lib/content-error.ts';
import { matcherForLanguage } from '../src/lib/entity-aliases.ts';
import type { EntityMatcher } from '../src/lib/entity-matcher.ts';
import { prepareArticle, type Existing } from '../src/lib/ingest/prepare.ts';
import { contentDirs, readArticles } from '../src/loaders/read-articles.ts';
import { readEntities } from '../src/loaders/read-entities.ts';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--content-root');
const root = resolve(rootFlag === -1 ? '.' : args[rootFlag + 1]!);
const files = args.filter((_, i) => rootFlag === -1 || (i !== rootFlag && i !== rootFlag + 1));
if (files.length === 0) {
  console.error('usage: npm run ingest -- <file.txt> [more files] [--content-root DIR]');
  process.exit(2);
}

const dirs = contentDirs(root);
const articles = readArticles(dirs);
const entities = readEntities(root);
const matchers = new Map<string, EntityMatcher>();
const matcherFor = (language: string) => matchers.get(language) ?? matchers.set(language, matcherForLanguage(entities, language)).get(language)!;
const existing: Existing = {
  // An article is known by its id, or by its source text's digest (the seeds' ids come from elsewhere).
  ids: new Map(
    articles.flatMap((a) => [
      [a.data.id, a.file],
      [createHash('sha256').update(readFileSync(join(dirs.sources, a.data.source.file))).digest('hex'), a.file],
    ]),
  ),
  slugs: new Set(articles.flatMap((a) => [a.slug, ...a.data.aliases])),
  sources: new Set(readdirSync(dirs.sources)),
};

/** Writes both files or neither: temporary names first, then renames, undone on failure. */
function writeBoth(writes: [path: string, data: Uint8Array | string][]): void {
  const done: string[] = [];
  try {
    for (const [path, data] of writes) {
      if (existsSync(path)) throw new Error(`${path} exists already; nothing was overwritten`);
      writeFileSync(`${path}.ingest-tmp`, data, { flag: 'wx' });
    }
    for (const [path] of writes) {
      renameSync(`${path}.ingest-tmp`, path);
      done.push(path);
    }
  } finally {
    for (const [path] of writes) rmSync(`${path}.ingest-tmp`, { force: true });
    if (done.length !== writes.length) for (const path of done) rmSync(path, { force: true });
  }
}

let failed = 0;
for (const file of files) {
  try {
    const bytes = readFileSync(file);
    const prepared = prepareArticle(bytes, file, existing, matcherFor);
    if (prepared.kind === 'known') {
      console.log(`= ${file}: already ingested as ${prepared.file} (id ${prepared.id}); nothing changed.`);
      continue;
    }
    const entryPath = join(dirs.articles, `${prepared.slug}.md`);
    writeBoth([
      [join(dirs.sources, prepared.sourceName), bytes],
      [entryPath, prepared.entry],
    ]);
    existing.ids.set(prepared.id, entryPath);
    existing.slugs.add(prepared.slug);
    existing.sources.add(prepared.sourceName);
    const names = prepared.entities.map((id) => entities.find((e) => e.id === id)!.data.name.en);
    console.log(
      [
        `+ ${file} → content/articles/${prepared.slug}.md (id ${prepared.id}), source content/sources/${prepared.sourceName}`,
        `  language: ${prepared.language} (detected by franc)`,
        `  title: ${prepared.title ?? 'none in the text: to write (editorial)'}`,
        `  date: ${prepared.date ?? 'none stated: left unknown'}`,
        `  removed: ${prepared.removed} piece(s) of page chrome (listed in notes.removed)`,
        `  entities linked: ${names.join(', ') || 'none'}`,
        `  names not in the registry (maybe new entities): ${prepared.suggestions.join(', ') || 'none'}`,
        `  next: \`npm run draft -- content/articles/${prepared.slug}.md\` drafts the missing summary (labelled machine-drafted); it publishes as it is meanwhile.`,
      ].join('\n'),
    );
  } catch (error) {
    failed++;
    const message = error instanceof ContentError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`✗ ${message}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
