import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow, removeFilesBelow, stampOf } from '../lib/files-below.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { pageRecords } from './page-records.ts';
import { SHARD_PAGES, SHARDS_FILE, shardPath, splitIntoShards, type ShardsFile } from './shards.ts';

/** One shard of one language's index to build: its place among the language's shards, its range (shards.ts), its pages, and the hash of everything that makes it. */
interface ShardJob {
  lang: Locale;
  index: number;
  of: number;
  id: string;
  files: string[];
  input: string;
}

/** Pagefind's command-line runner, which starts the platform's binary (Pagefind's own `npx pagefind`). */
const CLI = 'node_modules/pagefind/lib/runner/bin.cjs';
/** How every shard is indexed (the site and output folders come after): only errors and warnings are printed. */
const CLI_OPTIONS = ['--quiet'];

/**
 * Indexes the HTML files of `folder` into `outputPath` with Pagefind's command line; resolves to the
 * number of pages in the index (one fragment each). The command line, not the Node API: the API builds
 * the index twice (its write request builds it, then writes through a call that builds it again), and
 * the same bundle, byte for byte, cost a fifth more time and CPU (a shard of 1,484 pages: 2.7 s
 * against 3.4 s). It runs in a folder of its own, with no PAGEFIND_ setting but where the binary is,
 * so that a pagefind.yml or an editor's environment cannot change what it writes.
 */
function indexFolder(root: URL, folder: string, outputPath: string): Promise<number> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_') || name.endsWith('_BINARY_PATH')));
  return new Promise((resolve, reject) => {
    const args = [fileURLToPath(new URL(CLI, root)), '--site', folder, '--output-path', outputPath, ...CLI_OPTIONS];
    const child = spawn(process.execPath, args, { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    const hear = (chunk: Buffer) => (said = (said + chunk.toString('utf8')).slice(-4000));
    child.stdout.on('data', hear);
    child.stderr.on('data', hear);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`Pagefind ended with ${signal ?? `code ${code}`}: ${said.trim() || 'no message'}`));
      try {
        resolve(readdirSync(join(outputPath, 'fragment')).length);
      } catch {
        resolve(0);
      }
    });
  });
}

/** The indexer's version: Pagefind's version and how it is run (a change to either indexes every shard again). */
function indexerVersion(root: URL): string {
  return createHash('sha256')
    .update(JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', root), 'utf8')).version)
    .update(JSON.stringify(CLI_OPTIONS))
    .digest('hex');
}

/**
 * The shards of one language (shards.ts), each with the hash of what its bundle is made from: the
 * path and record key (page-records.ts) of each of its pages and the indexer's version. Pagefind's
 * output is the same for the same input (check:reproducible), and a bundle does not depend on where
 * it is served, so a shard whose hash is unchanged is copied from the last build, even when a shard
 * before it split and its place moved.
 */
function shardsOf(site: string, lang: Locale, built: readonly string[], perShard: number, cacheDir: string, indexer: string): ShardJob[] {
  const pages = built.filter((file) => file.startsWith(`${lang}/`) && file.endsWith('.html')).sort();
  mkdirSync(cacheDir, { recursive: true });
  const records = pageRecords(site, pages, join(cacheDir, `${lang}-records.json`));
  // Only the pages that opt in: Pagefind would read a shard of other pages alone in full.
  const files = pages.filter((file) => records.get(file)!.indexed);
  if (files.length === 0) return [];
  const split = splitIntoShards(files, perShard);
  return split.map(({ id, files: mine }, index) => {
    const hash = createHash('sha256').update(indexer);
    for (const file of mine) hash.update(`\u0000${file}\u0000${records.get(file)!.key}`);
    return { lang, index, of: split.length, id, files: mine, input: hash.digest('hex') };
  });
}

/** `files` (paths relative to `from`) at the same paths under `to`, as hard links: no bytes copied. */
function linkFiles(from: string, files: readonly string[], to: string): void {
  // Each folder made once: a shard's thousand fragments share one.
  const made = new Set<string>();
  for (const file of files) {
    const folder = dirname(join(to, file));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    try {
      linkSync(join(from, file), join(to, file));
    } catch (error) {
      // Another disk, or one without hard links: a copy. Any other error (a file already there) stands:
      // copying over a link would write into the cached file it shares.
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyFileSync(join(from, file), join(to, file));
    }
  }
}

/** Each file below `dir` (relative to it) with its stamp; none when there is no `dir`. */
function stamps(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(filesIn(dir).map((file) => [file, stampOf(join(dir, file))]));
}

/** The files a cached bundle was written with and their stamps (kept beside it in `{dir}.json`), or undefined. */
function writtenWith(dir: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(`${dir}.json`, 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** Whether a cached bundle's files are those it was written with (`known`): none added, gone or changed. */
function unchanged(dir: string, known: Record<string, string>): boolean {
  const now = stamps(dir);
  const files = Object.keys(now);
  return files.length === Object.keys(known).length && files.every((file) => known[file] === now[file]);
}

/** Every file below `dir`, relative to it. */
const filesIn = (dir: string) => filesBelow(dir).map((file) => relative(dir, file));

/** The pages per shard: SHARD_PAGES, or DOSSIER_SEARCH_SHARD_PAGES (tests split a small site with it). */
function pagesPerShard(): number {
  const set = process.env['DOSSIER_SEARCH_SHARD_PAGES'];
  if (set === undefined) return SHARD_PAGES;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DOSSIER_SEARCH_SHARD_PAGES must be a whole number above 0, not "${set}"`);
  return n;
}

/**
 * Indexes the built site with Pagefind's command line when the build is done. Each
 * language gets its own bundle (its search page loads only that one), split into shards
 * (shards.ts); a shard none of whose pages changed is copied from the last build (cached in
 * `cacheDir`, `astro build --force` indexes every shard again). Shards are indexed side by side, one
 * Pagefind process per core; each holds at most SHARD_PAGES pages, so memory stays bounded (Pagefind holds about 250 KB
 * per page while it indexes). Pages opt in with data-pagefind-body.
 *
 * Two integrations: `start` goes before the others that act when the build is done, `finish` after
 * them. The shards to index start in their processes at once, and the integrations between (pruning the
 * output folder, the sitemap) run on this thread while they index; `finish` waits for the index.
 */
export function pagefind(): { start: AstroIntegration; finish: AstroIntegration; folder: string } {
  let root: URL;
  let cacheDir: string;
  let indexing: Promise<string> | undefined;
  const start: AstroIntegration = {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = join(fileURLToPath(config.cacheDir), 'dossier-pagefind');
      },
      'astro:build:done': ({ dir, assets }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        // The pages this build made (those Astro copied from the last build too), not whatever the output folder holds.
        const pages = [...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)));
        indexing = indexSite({ root, cacheDir, site, pages, force: process.argv.includes('--force') });
        // Awaited by `finish`; until then a failure must not count as unhandled.
        indexing.catch(() => undefined);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'dossier-pagefind-finish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('the dossier-pagefind integration did not start the search index: list `start` before `finish`');
        logger.info(`search index: ${await indexing}`);
        indexing = undefined;
      },
    },
  };
  // The output folder's top-level folder it brings up to date itself: reuse-out-dir.ts keeps it.
  return { start, finish, folder: paths.searchBundles.replaceAll('/', '') };
}

/**
 * Indexes the shards whose pages changed and publishes the others from the cache (left as they are
 * where the output folder holds them already); resolves to a summary per language. Runs synchronously until the first shards are in their processes.
 */
async function indexSite({
  root,
  cacheDir,
  site,
  pages,
  force,
}: {
  root: URL;
  cacheDir: string;
  site: string;
  pages: string[];
  force: boolean;
}): Promise<string> {
  const perShard = pagesPerShard();
  const indexer = indexerVersion(root);
  const done = new Map<Locale, { pages: number; indexed: number; copied: number; seconds: number }>(
    LOCALES.map((lang) => [lang, { pages: 0, indexed: 0, copied: 0, seconds: 0 }]),
  );
  const cachedOf = (shard: ShardJob) => join(cacheDir, shard.lang, shard.id, shard.input);
  // The output folder's search bundles are the last build's when it was reused (reuse-out-dir.ts):
  // each of their files that is a link to the cached file this build publishes at its place, unchanged
  // (same stamp), stays as it is; the others are replaced, and those no shard publishes go at the end.
  const bundles = `${site}${paths.searchBundles}`;
  let present: Record<string, string> = {};
  const outputOf = (shard: ShardJob) => `${site}${shardPath(paths.searchBundle(shard.lang), shard.index)}`;
  /** Where each file of a shard's bundle goes, relative to `bundles`. */
  const placesOf = (shard: ShardJob, files: Record<string, string>) => {
    const to = outputOf(shard);
    return Object.entries(files).map(([file, stamp]) => ({ file, stamp, at: relative(bundles, join(to, file)) }));
  };
  const published = new Set(LOCALES.map((lang) => relative(bundles, `${site}${paths.searchBundle(lang)}${SHARDS_FILE}`)));
  /** Hard links to the files of the cached bundle (checked, `files` with their stamps), not copies: no bytes written. */
  const publish = (shard: ShardJob, files: Record<string, string>, start: number) => {
    const missing: string[] = [];
    for (const { file, stamp, at } of placesOf(shard, files)) {
      published.add(at);
      if (present[at] === stamp) continue;
      if (at in present) rmSync(join(bundles, at));
      missing.push(file);
    }
    linkFiles(cachedOf(shard), missing, outputOf(shard));
    const tally = done.get(shard.lang)!;
    tally.pages += shard.files.length;
    tally.seconds += (performance.now() - start) / 1000;
  };
  const queue: ShardJob[] = [];
  const removing: Promise<void>[] = [];
  const run = async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const start = performance.now();
      const { lang, index, of } = shard;
      const place = join(cacheDir, lang, shard.id);
      const cached = cachedOf(shard);
      // A folder of this build's own (another build may share the cache), and a bundle that
      // takes its cached name only once whole: a build stopped halfway leaves nothing to copy.
      const folder = mkdtempSync(join(cacheDir, `pages-${lang}-${index}-`));
      const written = `${folder}-bundle`;
      let files: Record<string, string>;
      try {
        // A folder holding only the shard's pages, at their paths in the site, for Pagefind to read.
        linkFiles(site, shard.files, folder);
        const pageCount = await indexFolder(root, folder, written).catch((error: Error) => {
          throw new Error(`Pagefind could not index the ${lang} pages (shard ${index + 1} of ${of}): ${error.message}`);
        });
        if (pageCount !== shard.files.length)
          throw new Error(`Pagefind could not index the ${lang} pages (shard ${index + 1} of ${of}): ${pageCount} of its ${shard.files.length} pages indexed`);
        rmSync(place, { recursive: true, force: true });
        mkdirSync(place, { recursive: true });
        renameSync(written, cached);
        files = stamps(cached);
        writeFileSync(`${cached}.json`, JSON.stringify(files));
      } finally {
        // Deleted while the other shards are indexed; the build waits for it below.
        removing.push(rm(folder, { recursive: true, force: true }), rm(written, { recursive: true, force: true }));
      }
      done.get(lang)!.indexed++;
      publish(shard, files, start);
    }
  };
  // One Pagefind process per core at most. A failed shard stops the others from taking more; the build waits for
  // those under way and for every temporary folder to go, then fails with the first error.
  const runners: Promise<void>[] = [];
  let running = 0;
  let failed = false;
  const startRunners = () => {
    while (!failed && running < availableParallelism() && queue.length > 0) {
      running++;
      runners.push(
        run()
          .catch((error: unknown) => {
            failed = true;
            queue.length = 0;
            throw error;
          })
          .finally(() => running--),
      );
    }
  };
  // The shards with no bundle in the cache start first, each in a process of its own (after one changed
  // article, three shards are indexed and thirty checked: checked first, those held back the indexing by
  // seconds), a language's as soon as its pages are read (after one added article at 10,000, reading the
  // pages that changed takes most of a second per language). Then, on this thread while they index, each
  // cached bundle is checked: the output folder holds hard links to the cached files, so one written
  // there in place changed the cache too, and is indexed again.
  const toCheck: ShardJob[] = [];
  for (const lang of LOCALES) {
    const shards = shardsOf(site, lang, pages, perShard, cacheDir, indexer);
    // Only this split's shards are kept: those of a range that split go.
    const ids = new Set(shards.map((s) => s.id));
    const kept = join(cacheDir, lang);
    if (existsSync(kept)) for (const name of readdirSync(kept)) if (!ids.has(name)) rmSync(join(kept, name), { recursive: true, force: true });
    mkdirSync(`${site}${paths.searchBundle(lang)}`, { recursive: true });
    // A language with no page to index (an empty site) has no shard: its search page finds nothing.
    writeFileSync(`${site}${paths.searchBundle(lang)}${SHARDS_FILE}`, JSON.stringify({ shards: shards.length } satisfies ShardsFile));
    for (const shard of shards) {
      if (force || !existsSync(cachedOf(shard))) queue.push(shard);
      else toCheck.push(shard);
    }
    startRunners();
  }
  // While the first shards index.
  present = stamps(bundles);
  for (const shard of toCheck) {
    // Let the integrations after this one run: the rest of this work waits for no one.
    await new Promise((resolve) => setImmediate(resolve));
    if (failed) break;
    const start = performance.now();
    const cached = cachedOf(shard);
    const files = writtenWith(cached);
    // Every file at its place from the last build, or the cached bundle checked file by file.
    const inPlace = files && placesOf(shard, files).every(({ stamp, at }) => present[at] === stamp);
    if (!files || (!inPlace && !unchanged(cached, files))) {
      queue.push(shard);
      startRunners();
      continue;
    }
    publish(shard, files, start);
    done.get(shard.lang)!.copied++;
  }
  // Runners started late (a changed cache found above) are in the list too.
  const failure = (await Promise.allSettled(runners)).find((r) => r.status === 'rejected');
  await Promise.allSettled(removing);
  if (failure) throw failure.reason;
  removeFilesBelow(
    bundles,
    Object.keys(present).filter((file) => !published.has(file)),
  );
  return LOCALES.map((lang) => {
    const { pages, indexed, copied, seconds } = done.get(lang)!;
    return `${lang} ${pages} pages, ${indexed + copied} shard(s): ${indexed} indexed, ${copied} copied (${seconds.toFixed(1)} s)`;
  }).join('; ');
}
