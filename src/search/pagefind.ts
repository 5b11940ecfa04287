import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { filesBelow } from '../lib/files-below.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { pageRecords } from './page-records.ts';
import { SHARD_PAGES, SHARDS_FILE, shardPath, splitIntoShards, type ShardsFile } from './shards.ts';

interface Indexed {
  pageCount: number;
  errors: string[];
}

/** One shard of one language's index to build: its place among the language's shards, its range (shards.ts), its pages, and the hash of everything that makes it. */
interface ShardJob {
  lang: Locale;
  index: number;
  of: number;
  id: string;
  files: string[];
  input: string;
}

const WORKER = 'src/search/pagefind-worker.ts';

/** Runs pagefind-worker.ts on the HTML files of `folder`; the worker is loaded by Node from the project's source. */
function indexFolder(root: URL, folder: string, outputPath: string): Promise<Indexed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL(WORKER, root)), { workerData: { site: folder, glob: '**/*.html', outputPath } });
    worker.once('message', resolve);
    worker.once('error', reject);
    // A worker that ends without a word (never expected) must fail the build, not hang it.
    worker.once('exit', (code) => reject(new Error(`a Pagefind worker ended (code ${code}) before reporting`)));
  });
}

/** The indexer's version: the worker's code and Pagefind's version (a change to either indexes every shard again). */
function indexerVersion(root: URL): string {
  return createHash('sha256')
    .update(readFileSync(new URL(WORKER, root)))
    .update(JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', root), 'utf8')).version)
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

/** Each file of a bundle, with its size and modification time. */
function stamps(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(dir).map((file) => {
      const { size, mtimeNs } = statSync(join(dir, file), { bigint: true });
      return [file, `${size}:${mtimeNs}`];
    }),
  );
}

/** A cached bundle's files when they are those it was written with (stamped beside it in `{dir}.json`), else undefined. */
function unchangedFiles(dir: string): string[] | undefined {
  try {
    const known = JSON.parse(readFileSync(`${dir}.json`, 'utf8')) as Record<string, string>;
    const now = stamps(dir);
    const files = Object.keys(now);
    return files.length === Object.keys(known).length && files.every((file) => known[file] === now[file]) ? files : undefined;
  } catch {
    return undefined;
  }
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
 * Indexes the built site with Pagefind's Node API when the build is done (as Starlight does). Each
 * language gets its own bundle (its search page loads only that one), split into shards
 * (shards.ts); a shard none of whose pages changed is copied from the last build (cached in
 * `cacheDir`, `astro build --force` indexes every shard again). Shards are indexed side by side, one
 * per core; each holds at most SHARD_PAGES pages, so memory stays bounded (Pagefind holds about 250 KB
 * per page while it indexes). Pages opt in with data-pagefind-body.
 *
 * Two integrations: `start` goes before the others that act when the build is done, `finish` after
 * them. The shards to index start in their workers at once, and the integrations between (pruning the
 * output folder, the sitemap) run on this thread while they index; `finish` waits for the index.
 */
export function pagefind(): { start: AstroIntegration; finish: AstroIntegration } {
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
  return { start, finish };
}

/**
 * Indexes the shards whose pages changed and links the others from the cache; resolves to a summary
 * per language. Runs synchronously until the first shards are in their workers.
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
  const shards = LOCALES.flatMap((lang) => shardsOf(site, lang, pages, perShard, cacheDir, indexer));
  const done = new Map<Locale, { pages: number; indexed: number; copied: number; seconds: number }>(
    LOCALES.map((lang) => [lang, { pages: 0, indexed: 0, copied: 0, seconds: 0 }]),
  );
  for (const lang of LOCALES) {
    // A language with no page to index (an empty site) has no shard: its search page finds nothing.
    const of = shards.find((s) => s.lang === lang)?.of ?? 0;
    // Only this split's shards are kept: those of a range that split go.
    const ids = new Set(shards.filter((s) => s.lang === lang).map((s) => s.id));
    const kept = join(cacheDir, lang);
    if (existsSync(kept)) for (const name of readdirSync(kept)) if (!ids.has(name)) rmSync(join(kept, name), { recursive: true, force: true });
    mkdirSync(`${site}${paths.searchBundle(lang)}`, { recursive: true });
    writeFileSync(`${site}${paths.searchBundle(lang)}${SHARDS_FILE}`, JSON.stringify({ shards: of } satisfies ShardsFile));
  }
  const cachedOf = (shard: ShardJob) => join(cacheDir, shard.lang, shard.id, shard.input);
  /** Hard links to the files of the cached bundle (checked), not copies: no bytes written. */
  const publish = (shard: ShardJob, files: readonly string[], start: number) => {
    linkFiles(cachedOf(shard), files, `${site}${shardPath(paths.searchBundle(shard.lang), shard.index)}`);
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
      let files: string[];
      try {
        // A folder holding only the shard's pages, at their paths in the site, for Pagefind to read.
        linkFiles(site, shard.files, folder);
        const { pageCount, errors } = await indexFolder(root, folder, written);
        if (errors.length === 0 && pageCount !== shard.files.length) errors.push(`${pageCount} of its ${shard.files.length} pages indexed`);
        if (errors.length > 0) throw new Error(`Pagefind could not index the ${lang} pages (shard ${index + 1} of ${of}): ${errors.join('; ')}`);
        rmSync(place, { recursive: true, force: true });
        mkdirSync(place, { recursive: true });
        renameSync(written, cached);
        const stamped = stamps(cached);
        writeFileSync(`${cached}.json`, JSON.stringify(stamped));
        files = Object.keys(stamped);
      } finally {
        // Deleted while the other shards are indexed; the build waits for it below.
        removing.push(rm(folder, { recursive: true, force: true }), rm(written, { recursive: true, force: true }));
      }
      done.get(lang)!.indexed++;
      publish(shard, files, start);
    }
  };
  // One worker per core at most. A failed shard stops the others from taking more; the build waits for
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
  // The shards with no bundle in the cache start first, each in a worker of its own (after one changed
  // article, three shards are indexed and thirty linked: checked and linked first, those held back the
  // indexing by seconds). Then, on this thread while they index, each cached bundle is checked: the
  // output folder holds hard links to the cached files, so one written there in place changed the cache
  // too, and is indexed again.
  const toCheck: ShardJob[] = [];
  for (const shard of shards) {
    if (force || !existsSync(cachedOf(shard))) queue.push(shard);
    else toCheck.push(shard);
  }
  startRunners();
  for (const shard of toCheck) {
    // Let the integrations after this one run: the rest of this work waits for no one.
    await new Promise((resolve) => setImmediate(resolve));
    if (failed) break;
    const start = performance.now();
    const files = unchangedFiles(cachedOf(shard));
    if (!files) {
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
  return LOCALES.map((lang) => {
    const { pages, indexed, copied, seconds } = done.get(lang)!;
    return `${lang} ${pages} pages, ${indexed + copied} shard(s): ${indexed} indexed, ${copied} copied (${seconds.toFixed(1)} s)`;
  }).join('; ');
}
