// Adds articles to content/: `npm run ingest -- <file or folder> [more] [--json] [--content-root DIR]`.
// Takes plain text and saved web pages (.html), and folders of them. For each file: checks it,
// copies it byte for byte to content/sources/, writes a new content/articles/ entry (the article
// text without page chrome, the language, the title, date, author and publisher the page states,
// to-do fields for the summaries), validated with the build's own schema, and reports what it
// found and why. It never overwrites a file, writes through temporary files and renames, carries
// on past broken drafts already in content/, and exits non-zero if any file failed.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, ContentErrors } from '../src/lib/content-error.ts';
import { matcherForLanguage } from '../src/entities/entity-aliases.ts';
import type { EntityMatcher } from '../src/entities/entity-matcher.ts';
import { readExisting } from '../src/ingest/existing.ts';
import { prepareArticle } from '../src/ingest/prepare.ts';
import { formatReport, type IngestReport } from '../src/ingest/report.ts';
import { contentDirs } from '../src/loaders/read-articles.ts';
import { readEntities, type EntityFile } from '../src/loaders/read-entities.ts';
import { commandArgs, CONTENT_ROOT_OPTION } from './cli-args.ts';

const USAGE = 'usage: npm run ingest -- <file.txt | page.html | folder> [more] [--json] [--content-root DIR]';
const { values, positionals: inputs } = commandArgs({ json: { type: 'boolean', default: false }, 'content-root': CONTENT_ROOT_OPTION }, USAGE, {
  needsPositionals: true,
});
const root = resolve(values['content-root']);
const json = values.json;

const INGESTIBLE = /\.(?:txt|html?)$/i;
/** The files to ingest: each file named, and the .txt/.html files inside each folder named (sorted, recursively). */
function expand(input: string): { files: string[]; skipped: string[] } {
  if (!existsSync(input) || !statSync(input).isDirectory()) return { files: [input], skipped: [] };
  const all = readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return { files: all.filter((f) => INGESTIBLE.test(f)), skipped: all.filter((f) => !INGESTIBLE.test(f)) };
}

const dirs = contentDirs(root);
if (!existsSync(dirs.articles) || !existsSync(dirs.sources)) {
  console.error(`✗ ${root} has no content/articles/ and content/sources/: run ingest from the project folder, or name it with --content-root.`);
  process.exit(2);
}
const { existing, problems } = readExisting(dirs);
let entities: EntityFile[] = [];
try {
  entities = readEntities(root);
} catch (error) {
  problems.push(
    `content/entities/ cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); entity mentions are not reported this time.`,
  );
}
const matchers = new Map<string, EntityMatcher>();
const matcherFor = (language: string) => matchers.get(language) ?? matchers.set(language, matcherForLanguage(entities, language)).get(language)!;
const entityName = new Map(entities.map((e) => [e.id, e.data.name.en]));

/** Writes every file or none: temporary names first, then renames, undone on failure. */
function writeAll(writes: [path: string, data: Uint8Array | string][]): void {
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

const say = (line: string) => (json ? console.error(line) : console.log(line));
for (const problem of problems) say(`! ${problem} Ingest carries on; \`npm run build\` will ask for a fix.`);

const reports: IngestReport[] = [];
for (const input of inputs) {
  const { files, skipped } = expand(input);
  for (const file of skipped) say(`- ${file}: skipped (ingest reads .txt and .html files).`);
  if (files.length === 0) say(`- ${input}: no .txt or .html file in this folder.`);
  for (const file of files) {
    let report: IngestReport;
    try {
      const prepared = prepareArticle(readFileSync(file), file, existing, matcherFor);
      if (prepared.kind === 'known') {
        report = {
          file,
          outcome: 'known',
          id: prepared.id,
          entry: prepared.file,
          message: `already ingested as ${prepared.file} (id ${prepared.id}); nothing changed.`,
          removed: [],
          needsHuman: [],
          entities: [],
          candidates: [],
        };
      } else {
        const entryPath = join(dirs.articles, `${prepared.slug}.md`);
        writeAll([
          [join(dirs.sources, prepared.sourceName), readFileSync(file)],
          [entryPath, prepared.entry],
        ]);
        existing.ids.set(prepared.id, entryPath);
        existing.slugs.add(prepared.slug);
        existing.sources.add(prepared.sourceName);
        report = { ...prepared.report, entities: prepared.report.entities.map((e) => ({ ...e, name: entityName.get(e.id) ?? e.id })) };
        report.needsHuman.push(
          `next: \`npm run draft -- ${values['content-root'] === CONTENT_ROOT_OPTION.default ? '' : `--content-root ${values['content-root']} `}${report.entry}\` drafts the missing summary (labelled machine-drafted); \`npm run dev\` shows the article.`,
        );
      }
    } catch (error) {
      const message =
        error instanceof ContentError || error instanceof ContentErrors ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
      report = { file, outcome: 'refused', message, removed: [], needsHuman: [], entities: [], candidates: [] };
    }
    reports.push(report);
    if (!json) (report.outcome === 'refused' ? console.error : console.log)(formatReport(report));
  }
}
if (json) console.log(JSON.stringify(reports, null, 2));
process.exit(reports.some((r) => r.outcome === 'refused') ? 1 : 0);
