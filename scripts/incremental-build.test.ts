// Astro's incremental build copies a page from the last build while its cacheKey (src/site/page-keys.ts)
// and its code are unchanged. This builds a small synthetic site, renames one entity, and builds it
// again twice: with the cache, and clean. The two must be equal byte for byte (a key that misses an
// input leaves a stale page), and the pages that changed must be exactly those that show the name.
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeCorpus, type Corpus } from './bench/corpus.ts';
import { listFiles } from './checks/dist-files.ts';
import { runNode } from './run-node.ts';

const project = process.cwd();

/** Builds the site of `corpus` into a folder, with caches under `work`; the build must succeed. */
function builder(work: string, corpus: string, env: Record<string, string>) {
  return async (outDir: string, ...args: string[]) => {
    const run = await runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...args], {
      cwd: project,
      timeoutMs: 300_000,
      // NO_COLOR: the log is read, and CI (which sets CI=true) would otherwise get colour codes in it.
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: undefined,
        ASTRO_TELEMETRY_DISABLED: '1',
        DOSSIER_CONTENT_ROOT: corpus,
        DOSSIER_CACHE_DIR: join(work, 'cache'),
        ...env,
      },
    });
    expect(run.status, run.output).toBe(0);
    return { dir: outDir, log: stripVTControlCharacters(run.stdout) };
  };
}

describe('incremental build', () => {
  it('renders again every page that shows a renamed entity, and copies every other page unchanged', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-incremental-'));
    const corpus = join(work, 'corpus');
    writeCorpus(project, corpus, { articles: 12 });
    // Search shards of a few pages (src/search/shards.ts), so that some are copied and must equal a clean index.
    const build = builder(work, corpus, { DOSSIER_CARD_CACHE: join(work, 'cards'), DOSSIER_SEARCH_SHARD_PAGES: '2' });
    try {
      const before = await build(join(work, 'before'));
      // e-1 is named in several articles; its old names stay as aliases, so the articles' mentions are the same.
      const file = join(corpus, 'content', 'entities', 'e-1.yaml');
      const entity = parse(readFileSync(file, 'utf8'));
      const renamed = { en: 'Quorvant Renamed', fr: 'Quorvant Renommé', zh: '夸尔万特改名' };
      entity.aliases = { all: [entity.name.en], zh: [entity.name.zh] };
      entity.name = renamed;
      writeFileSync(file, stringify(entity));
      const after = await build(join(work, 'after'));
      const clean = await build(join(work, 'clean'), '--force');

      const read = (dir: string, f: string) => readFileSync(join(dir, f));
      const files = listFiles(clean.dir);
      expect(listFiles(after.dir)).toEqual(files);
      expect(files.filter((f) => !read(after.dir, f).equals(read(clean.dir, f)))).toEqual([]);
      const pages = listFiles(after.dir).filter((f) => f.endsWith('.html'));
      const shows = pages.filter((f) => Object.values(renamed).some((name) => read(after.dir, f).toString('utf8').includes(name)));
      const changed = pages.filter((f) => !read(after.dir, f).equals(read(before.dir, f)));
      expect(changed.sort()).toEqual(shows.sort());
      // It was a real test: the entity's pages, pages of articles and of other entities showed the name,
      // some pages did not, and they were copied, not rendered again.
      for (const lang of ['en', 'fr', 'zh']) expect(shows).toContain(`${lang}/entities/e-1/index.html`);
      expect(shows.some((f) => f.startsWith('en/articles/'))).toBe(true);
      expect(shows.some((f) => /^en\/entities\/e-(?!1\/)/.test(f))).toBe(true);
      expect(pages.some((f) => f.startsWith('en/articles/') && !shows.includes(f))).toBe(true);
      expect(after.log).toMatch(/\/en\/articles\/[^ ]+\/index\.html \((cached|restored)\)/);
      // Search shards too: those with a page that names the entity (in its text or only in its search
      // record's metadata) were indexed again, the others copied, and all equal a clean index (above).
      const shards = [...after.log.matchAll(/(\d+) indexed, (\d+) copied/g)];
      expect(shards).toHaveLength(3);
      expect(shards.some(([, indexed]) => Number(indexed) > 0) && shards.some(([, , copied]) => Number(copied) > 0), shards.map((m) => m[0]).join('; ')).toBe(
        true,
      );
      // Its cards show the new name; no other card changed.
      const cards = listFiles(after.dir).filter((f) => f.endsWith('.png') && f.startsWith('og/'));
      expect(cards.filter((f) => !read(after.dir, f).equals(read(before.dir, f))).sort()).toEqual([
        'og/en/entities/e-1.png',
        'og/fr/entities/e-1.png',
        'og/zh/entities/e-1.png',
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000); // three builds: under a minute alone, five or more on a busy machine

  it('reuses its output folder: after one article is removed and another added, the folder equals a clean build', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-reuse-'));
    const corpus = join(work, 'corpus');
    const { heldBack } = writeCorpus(project, corpus, { articles: 10, heldBack: 2 });
    const [removed, added] = heldBack as [Corpus['heldBack'][number], Corpus['heldBack'][number]];
    const move = (files: Corpus['heldBack'][number], from: string, to: string) => {
      for (const f of [files.article, files.source]) renameSync(join(corpus, from, f), join(corpus, to, f));
    };
    // Search shards of a few pages: the shards an added article does not touch stay in place, and the
    // reused folder's search bundles must still equal a clean index (no file of a replaced shard left).
    const build = (outDir: string, ...args: string[]) => builder(work, corpus, { DOSSIER_SEARCH_SHARD_PAGES: '4' })(outDir, ...args).then((run) => run.log);
    try {
      const site = join(work, 'site');
      move(removed, 'held-back', 'content');
      await build(site);
      const slugOf = (files: Corpus['heldBack'][number]) => files.article.replace(/^articles\/|\.md$/g, '');
      expect(listFiles(site)).toContain(`en/articles/${slugOf(removed)}/index.html`);
      move(removed, 'content', 'held-back');
      move(added, 'held-back', 'content');
      const log = await build(site);
      const clean = join(work, 'clean');
      await build(clean, '--force');

      // Files were kept in place (Astro logs them "cached": in a site this small, only cards are unchanged; check:reproducible
      // keeps pages), the removed article's files went, and nothing else differs.
      expect(log).toMatch(/reusing .*\ben\b.* of the last build/);
      expect(log).toMatch(/\.png \(cached\)/);
      expect(log).toMatch(/removed \d+ file\(s\) the last build wrote and this one did not/);
      expect(log).toMatch(/reusing .*\bpagefind\b.* of the last build/);
      expect(log).toMatch(/search index: en \d+ pages, \d+ shard\(s\): [1-9]\d* indexed, [1-9]\d* copied/);
      const files = listFiles(clean);
      expect(listFiles(site)).toEqual(files);
      expect(files.filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(clean, f))))).toEqual([]);
      expect(files.some((f) => f.includes(slugOf(removed)))).toBe(false);
      expect(files).toContain(`en/articles/${slugOf(added)}/index.html`);

      // The same cache, another folder: after an article changes and the other folder is built, Astro's
      // manifest describes that folder, so this one is not reused and shows the change too.
      appendFileSync(join(corpus, 'content', added.article), '\nOne sentence more, after both builds.\n');
      await build(clean, '--force');
      expect(await build(site)).not.toMatch(/reusing .* of the last build/);
      expect(listFiles(site)).toEqual(listFiles(clean));
      expect(listFiles(clean).filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(clean, f))))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);

  it('does not reuse a folder another cache has built into since', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-other-cache-'));
    const corpus = join(work, 'corpus');
    const { slugs } = writeCorpus(project, corpus, { articles: 6 });
    const site = join(work, 'site');
    const build = (cache: string, outDir: string, ...args: string[]) =>
      builder(work, corpus, { DOSSIER_CACHE_DIR: join(work, cache) })(outDir, ...args).then((run) => run.log);
    const article = join(corpus, 'content', 'articles', `${slugs[0]}.md`);
    const original = readFileSync(article, 'utf8');
    try {
      await build('cache-a', site);
      // Another cache builds other content into the same folder: its pages replace the first cache's.
      writeFileSync(article, `${original}\nA sentence only the other cache's build has seen.\n`);
      await build('cache-b', site);
      writeFileSync(article, original);
      // The first cache's manifest still describes the folder it left, not the one there now.
      expect(await build('cache-a', site)).not.toMatch(/reusing .* of the last build/);
      const clean = join(work, 'clean');
      await build('cache-a', clean, '--force');
      const files = listFiles(clean);
      expect(listFiles(site)).toEqual(files);
      expect(files.filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(clean, f))))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
