// `npm run bench:publish [-- path/to/raw.txt]`: the time from a raw file to its built pages, as an editor
// gets there with no hand-written field: `npm run ingest`, `npm run draft` (offline), `npm run build`.
// Works on a copy of content/ in a temporary folder under .bench/ (removed at the end); content/ is never touched.
// The site is built once first, so the timed build is the editor's: the rest of the site already built and cached.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measured } from './measure.ts';

const project = process.cwd();
const raw = process.argv[2] ?? join(project, 'e2e', 'fixtures', 'raw', 'northvale-library-archive.txt');
mkdirSync(join(project, '.bench'), { recursive: true });
const work = mkdtempSync(join(project, '.bench', 'publish-'));
const root = join(work, 'site');
cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
const env = { DOSSIER_CONTENT_ROOT: root, DOSSIER_CACHE_DIR: join(work, 'cache'), DOSSIER_CARD_CACHE: join(work, 'cards') };
const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
const out = join(work, 'dist');
const seconds = (m: Measured) => (m.ms / 1000).toFixed(1);
const step = async (label: string, args: string[]) => {
  const m = await measure(process.execPath, args, { cwd: project, env });
  if (!/Complete!|✓|^\+ /m.test(m.output)) throw new Error(`${label} failed:\n${m.output}`);
  console.log(`${label.padEnd(34)} ${seconds(m).padStart(6)} s`);
  return m;
};

try {
  await step('build before (not counted)', [astro, 'build', '--outDir', out]);
  const ingest = await step('npm run ingest', [join(project, 'scripts', 'ingest.ts'), raw, '--content-root', root]);
  const slug = /→ content\/articles\/([^ ]+)\.md/.exec(ingest.output)![1]!;
  const draft = await step('npm run draft (offline)', [join(project, 'scripts', 'draft.ts'), '--content-root', root, slug]);
  const build = await step('npm run build', [astro, 'build', '--outDir', out]);
  const pages = ['en', 'fr', 'zh'].map((lang) => join(out, lang, 'articles', slug, 'index.html'));
  if (!pages.every(existsSync)) throw new Error(`the article's pages are missing from ${out}`);
  console.log(`${'raw file → built pages'.padEnd(34)} ${((ingest.ms + draft.ms + build.ms) / 1000).toFixed(1).padStart(6)} s  (${slug}, en/fr/zh)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
