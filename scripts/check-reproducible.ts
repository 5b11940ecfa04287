// `npm run check:reproducible`: builds compared byte for byte, on a copy of content/ with its own caches.
// After a clean build, one article changes (a paragraph naming an entity). An incremental build into
// the same folder, which keeps every page whose key is unchanged (Astro's incremental build, with the
// folder reused by src/integrations/reuse-out-dir.ts), gives the same files as a clean build of the
// changed content (`--force`):
// - no page keeps what it showed before the change;
// - a page copied from the first build equals the same page rendered again: rendering is
//   reproducible;
// - a search shard copied from the first build equals the same shard indexed again.
// Card PNGs come from the content-hash cache after the first build (the point of the cache); that
// rendering itself is deterministic is a unit test.
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from './checks/dist-files.ts';
import { readArticles, contentDirs } from '../src/loaders/read-articles.ts';
import { readEntities } from '../src/loaders/read-entities.ts';
import { runNode } from './run-node.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-repro-'));
const root = join(work, 'site');
cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
// Small search shards (src/search/shards.ts): each language's index is split as a large site's is,
// so the incremental build copies the shards the change leaves alone.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  DOSSIER_CONTENT_ROOT: root,
  DOSSIER_CACHE_DIR: join(work, 'cache'),
  DOSSIER_SEARCH_SHARD_PAGES: '20',
};

async function build(name: string, ...args: string[]): Promise<{ files: Map<string, string>; copied: number; shardsCopied: number; reused: boolean }> {
  const outDir = join(work, name);
  const run = await runNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...args], { env, timeoutMs: 600_000 });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const copied = (run.stdout.match(/\((cached|restored)\)/g) ?? []).length;
  const shardsCopied = [...run.stdout.matchAll(/(\d+) indexed, (\d+) copied/g)].reduce((n, m) => n + Number(m[2]), 0);
  console.log(`${name}: built, ${copied} page(s) and ${shardsCopied} search shard(s) copied from the previous build`);
  const files = new Map(
    listFiles(outDir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(outDir, f)))
        .digest('hex'),
    ]),
  );
  return { files, copied, shardsCopied, reused: /reusing .+ of the last build/.test(run.stdout) };
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
}

const failures: string[] = [];
const compare = (what: string, a: Map<string, string>, b: Map<string, string>) => {
  const files = differing(a, b);
  if (files.length > 0)
    failures.push(
      `${what} differ in ${files.length} file(s):\n${files
        .slice(0, 30)
        .map((f) => `  ${f}`)
        .join('\n')}`,
    );
  else console.log(`${what}: the same ${a.size} files, byte for byte`);
};

try {
  // The incremental build goes into the clean build's folder, which it reuses (src/integrations/reuse-out-dir.ts).
  await build('out', '--force');

  // One article gains a paragraph naming an entity: its pages, the entity's page and its lists change.
  const [article] = readArticles(contentDirs(root));
  const [entity] = readEntities(root);
  const lang = article!.data.language as 'en' | 'fr' | 'zh';
  appendFileSync(join(root, article!.file), `\n${entity!.data.name[lang] ?? entity!.data.name.en} is named here once more.\n`);
  const incremental = await build('out');
  // Copying nothing would make the comparison a clean build against a clean build.
  if (incremental.copied === 0) failures.push('the incremental build copied no page from the clean one: the comparison would prove nothing');
  if (!incremental.reused) failures.push("the incremental build did not reuse the clean build's output folder");
  if (incremental.shardsCopied === 0)
    failures.push('the incremental build copied no search shard from the clean one: the comparison would prove nothing of them');
  compare(`after a change to ${article!.file}, an incremental build and a clean build`, incremental.files, (await build('clean-after', '--force')).files);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.log(failures.join('\n'));
  process.exit(1);
}
