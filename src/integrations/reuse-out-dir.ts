import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow, removeFilesBelow, stampOf } from '../lib/files-below.ts';

/**
 * The output folder of the last finished build is reused, not emptied.
 *
 * Astro's incremental build skips an unchanged page only when its file is already in the output
 * folder; otherwise it copies the file from its cache. From an emptied folder that is every page and
 * card: half of the page phase at 3,000 articles (25.8 s → 12.8 s, `DOSSIER_TIMINGS`).
 *
 * So the top-level folders that hold pages Astro can skip (those its manifest lists) stay where they
 * are, and so do those another integration brings up to date itself (`maintained`: the search index,
 * whose unchanged shards are then left in place, not linked again). Every other entry (scripts,
 * sitemaps, public files) is moved aside in one rename per entry and written again. Once the pages are
 * generated, a file in a kept folder that the last build produced and this one did not (the page of a
 * removed article) is deleted, so the folder equals a clean build. (A file put there by hand between two builds stays: the output folder is the
 * build's, not a place to keep files.)
 *
 * A folder is reused only if the last build into it wrote all its pages, Astro's manifest (in the
 * cache folder) is still the one that build left, and so are the folders it keeps: a build that stopped
 * half-way, a build into another folder with the same cache, or a build with another cache into the
 * same folder leaves pages the manifest does not describe. Otherwise, or with
 * a `.git` (a deploy checkout, left to Astro), the build starts from an empty folder as before. The
 * search index reads only the pages Astro lists as this build's, so it need not wait for the pruning.
 * Whatever was moved aside is deleted on the thread pool while the pages render.
 */
const ASIDE = 'old-out-dir-';
/** In the cache folder: which output folder the last build finished its pages in (path, inode), and with which manifest of Astro's. */
const LAST_BUILD = 'dossier-last-build.json';
/** Astro's incremental-build manifest in the cache folder (core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';

interface LastBuild {
  outDir: string;
  ino: number;
  /** The hash of Astro's manifest after that build: another build with the same cache folder (another output folder) rewrites it. */
  manifest: string;
  /** The files that build produced (paths relative to the output folder): what its kept folders hold. */
  produced?: string[];
  /**
   * Each top-level folder as that build left it (its stamp): a build with another cache folder into the
   * same output folder moves them aside and makes new ones, which this build must not take for its own.
   */
  folders?: Record<string, string>;
}

/** Each top-level folder of `dir` with its stamp. */
function folderStamps(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, stampOf(join(dir, entry.name))]),
  );
}

/** The hash of a file's bytes, '' when it cannot be read. */
function fileHash(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}

/** Top-level names of the files Astro's manifest can skip by their presence in the output folder. */
export function keptTopLevel(manifestJson: string): Set<string> {
  const kept = new Set<string>();
  try {
    const manifest = JSON.parse(manifestJson) as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };
    for (const route of Object.values(manifest.routes ?? {}))
      for (const path of Object.values(route.paths ?? {}))
        if (typeof path.outputFile === 'string' && path.outputFile.includes('/')) kept.add(path.outputFile.split('/')[0]!);
  } catch {
    // An unreadable manifest keeps nothing: the build starts from an empty folder.
  }
  return kept;
}

/** Deletes `dir`'s files not in `keep`, then the folders that leaves empty; returns how many files went. */
export function pruneExcept(dir: string, keep: ReadonlySet<string>): number {
  const stale = filesBelow(dir).filter((file) => !keep.has(file));
  removeFilesBelow(
    dir,
    stale.map((file) => relative(dir, file)),
  );
  return stale.length;
}

/**
 * Deletes the files of `before` (the last build's, relative to `dir`) that are in a kept top-level
 * folder and not in `produced` (this build's), then the folders that leaves empty; returns how many
 * files went. What pruneExcept does, without walking 80,000 files to find them (a second at 10,000 articles).
 */
export function pruneStale(dir: string, kept: ReadonlySet<string>, before: readonly string[], produced: ReadonlySet<string>): number {
  const stale = before.filter((file) => file.includes('/') && kept.has(file.split('/')[0]!) && !produced.has(file));
  removeFilesBelow(dir, stale);
  return stale.length;
}

/**
 * `maintained`: top-level folders another integration brings up to date itself (the search index):
 * kept with the pages when the folder is reused, never pruned here.
 */
export function reuseOutDir({ maintained = [] }: { maintained?: readonly string[] } = {}): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let publicDir = '';
  /** The top-level folders of Astro's pages that are reused (and pruned), and those `maintained`. */
  let kept = new Set<string>();
  let keptForOthers = new Set<string>();
  let lastProduced: string[] | undefined;
  let removing: Promise<unknown> | undefined;
  const lastBuildFile = () => join(cacheDir, LAST_BUILD);
  const hasGit = () => existsSync(join(outDir, '.git'));
  return {
    name: 'dossier-reuse-out-dir',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        if (!hasGit()) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': ({ logger }) => {
        const last = readJson<LastBuild>(lastBuildFile());
        // Until this build has written its pages, no folder is one to reuse: Astro's manifest is about to change.
        rmSync(lastBuildFile(), { force: true });
        if (!existsSync(outDir) || hasGit()) return;
        mkdirSync(cacheDir, { recursive: true });
        const manifest = join(cacheDir, ASTRO_MANIFEST);
        const sameFolder = last?.outDir === outDir && last.ino === statSync(outDir).ino && last.manifest !== '' && last.manifest === fileHash(manifest);
        const astroKept = sameFolder ? keptTopLevel(readFileSync(manifest, 'utf8')) : new Set<string>();
        // Every folder to keep is the one that build left (a folder it did not leave, or none recorded: an older cache, starts empty).
        const reusable =
          sameFolder && [...astroKept, ...maintained].every((name) => !existsSync(join(outDir, name)) || last.folders?.[name] === stampOf(join(outDir, name)));
        kept = reusable ? astroKept : new Set();
        keptForOthers = reusable ? new Set(maintained) : new Set();
        lastProduced = reusable ? last!.produced : undefined;
        try {
          const aside = mkdtempSync(join(cacheDir, ASIDE));
          for (const name of readdirSync(outDir)) if (!kept.has(name) && !keptForOthers.has(name)) renameSync(join(outDir, name), join(aside, name));
        } catch (error) {
          // Then emptyOutDir is off and the old files would stay: empty the folder here, before anything is written, as Astro would.
          logger.warn(`could not move the old ${outDir} aside (${(error as Error).message}); emptying it in place`);
          rmSync(outDir, { recursive: true, force: true });
          kept = new Set();
          keptForOthers = new Set();
        }
        if (kept.size > 0) logger.info(`reusing ${[...kept, ...keptForOthers].sort().join(', ')} of the last build's ${outDir}`);
        // With the folders a failed build left behind.
        const left = readdirSync(cacheDir).filter((name) => name.startsWith(ASIDE));
        removing = Promise.all(left.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
      },
      'astro:build:done': async ({ assets, logger }) => {
        // What this build wrote: its routes' files (skipped ones included) and public files.
        const produced = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        if (existsSync(publicDir)) for (const file of filesBelow(publicDir)) produced.add(relative(publicDir, file));
        if (kept.size > 0) {
          // The kept folders hold what the last build produced and this one wrote: the difference goes.
          // Without the last build's list (a cache from older code), each kept folder is walked.
          let pruned = 0;
          if (lastProduced) pruned = pruneStale(outDir, kept, lastProduced, produced);
          else {
            const absolute = new Set([...produced].map((file) => join(outDir, file)));
            for (const name of kept) if (existsSync(join(outDir, name))) pruned += pruneExcept(join(outDir, name), absolute);
          }
          if (pruned > 0) logger.info(`removed ${pruned} file(s) the last build wrote and this one did not`);
        }
        await removing;
        // Its pages are written and pruned (the search index, the sitemap and the headers go into
        // folders a build never keeps): the folder may be reused with this manifest.
        if (!hasGit())
          writeFileSync(
            lastBuildFile(),
            JSON.stringify({
              outDir,
              ino: statSync(outDir).ino,
              manifest: fileHash(join(cacheDir, ASTRO_MANIFEST)),
              produced: [...produced],
              folders: folderStamps(outDir),
            } satisfies LastBuild),
          );
      },
    },
  };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
