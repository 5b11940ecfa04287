import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';

/**
 * What only an article's own page reads of its rendering: the text as HTML and as plain text, and
 * the summary each language's page shows. Two thirds of an article's weight, kept in a file of its
 * own beside the content store rather than in it: Astro serializes the whole store again after every
 * change (devalue, about 10 MB/s) and parses it twice, so its size is build time for every page,
 * while these parts are read only when the page is rendered. The store keeps what other pages need
 * (data) and the paths of this file and of the mentions file (stored-metadata.ts), which lives here too.
 */
export interface ArticleParts {
  html: string;
  /** The article text as a reader sees it (search records). */
  text: string;
  /**
   * The summary each site language's page shows, as HTML, its mentions linked to that language's
   * entity pages: its own, or another language's while its own is missing (see shown-field.ts); '' when none.
   */
  summaries: Record<Locale, string>;
}

/**
 * The folder of the parts files of one content root, in Astro's cache folder: builds of other content
 * roots that share the cache folder (the tests' sites) prune their own.
 */
export const partsFolder = (cacheDir: string, root: string) =>
  join(cacheDir, 'dossier-article-parts', createHash('sha256').update(root).digest('hex').slice(0, 16));

/** The file of one rendering's parts, named by the digest of what it holds. */
export const partsFile = (folder: string, digest: string) => join(folder, `${digest}.json`);

/** Writes one rendering's parts (whole or not at all: a build stopped half-way leaves no torn file). */
export function writeParts(file: string, parts: ArticleParts): void {
  writeWhole(file, JSON.stringify(parts));
}

/** Writes a file of the parts folder whole or not at all. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Removes the parts no entry of the store names any more (articles changed or removed since). */
export function pruneParts(folder: string, kept: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!kept.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}

const read = new Map<string, ArticleParts>();

/**
 * One rendering's parts, read once per build: the pages of its three languages and of its old slugs
 * share them. The loader writes the file before the store names it and keeps it while it does.
 */
export function readParts(file: string): ArticleParts {
  let parts = read.get(file);
  if (!parts) read.set(file, (parts = readStored<ArticleParts>(file)));
  return parts;
}

/** A file of the parts folder, or an error that says how to make it again. */
export function readStored<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `the stored rendering ${file} cannot be read (${error instanceof Error ? error.message : String(error)}): run \`astro build --force\` to render every article again`,
    );
  }
}
