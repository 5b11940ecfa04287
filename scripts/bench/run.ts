// `npm run bench [-- --articles 1000 --runs 3]`: builds a synthetic corpus with our site,
// with Starlight and with a bare Astro site, and measures build phases, memory, page
// weight, search and the entity matcher. Prints a table and writes JSON.
// Everything happens in a temporary folder under .bench/ (removed at the end); content/ is never touched.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandArgs } from '../cli-args.ts';
import { writeCorpus } from './corpus.ts';
import { linkerTime } from './linker.ts';
import { matcherThroughput } from './matcher.ts';
import { measure, median, type Measured } from './measure.ts';
import { writeFloorSite, writeStarlightSite } from './other-sites.ts';
import { pageWeight } from './page-weight.ts';
import { measureSearch } from './search.ts';

const { values } = commandArgs(
  { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
  'usage: npm run bench [-- --articles N] [--runs R]',
);
const N = Number(values.articles);
const RUNS = Number(values.runs);
if (!(Number.isInteger(N) && N > 0 && Number.isInteger(RUNS) && RUNS > 0)) {
  console.error('--articles and --runs take a whole number above 0');
  process.exit(2);
}
const project = process.cwd();
mkdirSync(join(project, '.bench'), { recursive: true });
const work = mkdtempSync(join(project, '.bench', `run-${N}-`));
const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const pagesIn = (m: Measured) => Number(/(\d+) page\(s\) built/.exec(m.output)?.[1] ?? 0);
/** Pages Astro's incremental build copied from the last build instead of rendering them. */
const copiedIn = (m: Measured) => (m.output.match(/\((cached|restored)\)/g) ?? []).length;
/** Pagefind's work per language, as the indexing integration logs it (`en 12014 pages, 8 shard(s): 1 indexed, 7 copied (6.2 s)`). */
const indexingIn = (m: Measured) =>
  Object.fromEntries(
    [...m.output.matchAll(/\b(en|fr|zh) \d+ pages, (\d+) shard\(s\): (\d+) indexed, \d+ copied \(([\d.]+) s\)/g)].map((x) => [
      x[1]!,
      { shards: Number(x[2]), indexed: Number(x[3]), seconds: Number(x[4]) },
    ]),
  ) as Record<string, { shards: number; indexed: number; seconds: number }>;

log(`corpus of ${N} articles in ${work}`);
const corpus = join(work, 'corpus');
// RUNS more articles wait aside, for the builds that add one article each.
const { slugs, heldBack } = writeCorpus(project, corpus, { articles: N + RUNS, heldBack: RUNS });

// Our site, built from the corpus with its own content cache and card cache.
const ours = join(work, 'ours');
const oursEnv = (timings: string) => ({
  DOSSIER_CONTENT_ROOT: corpus,
  DOSSIER_CACHE_DIR: join(work, 'cache-ours'),
  DOSSIER_CARD_CACHE: join(work, 'cards'),
  DOSSIER_TIMINGS: timings,
});
async function buildOurs(label: string) {
  const timings = join(work, `timings-${label}.json`);
  const m = await measure(process.execPath, [astro, 'build', '--outDir', ours], { cwd: project, env: oursEnv(timings) });
  const phases = JSON.parse(readFileSync(timings, 'utf8')) as {
    contentSyncMs: number;
    renderMs: number;
    pagefindMs: number;
    cards: { rendered: number; cached: number; renderMs: number; medianMs: number };
  };
  log(
    `ours ${label}: ${(m.ms / 1000).toFixed(1)} s, ${pagesIn(m)} pages (${copiedIn(m)} copied), peak ${(m.peakRssBytes / 2 ** 30).toFixed(2)} GB, cards drawn ${phases.cards.rendered}`,
  );
  return { ...m, pages: pagesIn(m), copied: copiedIn(m), indexing: indexingIn(m), phases };
}
const cold = await buildOurs('cold');
const warm: Awaited<ReturnType<typeof buildOurs>>[] = [];
for (let r = 0; r < RUNS; r++) warm.push(await buildOurs(`warm-${r + 1}`));
const changed: Awaited<ReturnType<typeof buildOurs>>[] = [];
for (let r = 0; r < RUNS; r++) {
  appendFileSync(join(corpus, 'content', 'articles', `${slugs[r % slugs.length]}.md`), `\nOne more sentence, run ${r + 1}.\n`);
  changed.push(await buildOurs(`one-changed-${r + 1}`));
}
const added: Awaited<ReturnType<typeof buildOurs>>[] = [];
for (const [r, files] of heldBack.entries()) {
  for (const file of [files.source, files.article]) renameSync(join(corpus, 'held-back', file), join(corpus, 'content', file));
  added.push(await buildOurs(`one-added-${r + 1}`));
}
// Back aside: the other sites build the same N articles as ours did.
for (const files of heldBack) for (const file of [files.source, files.article]) renameSync(join(corpus, 'content', file), join(corpus, 'held-back', file));

// The floor and Starlight, each primed once (their content caches warm, as ours) and then measured.
async function buildOther(name: string, dir: string) {
  const runs: Measured[] = [];
  for (let r = 0; r <= RUNS; r++) {
    const m = await measure(process.execPath, [astro, 'build'], { cwd: dir });
    log(`${name} ${r === 0 ? 'cold' : `warm-${r}`}: ${(m.ms / 1000).toFixed(1)} s, ${pagesIn(m)} pages, peak ${(m.peakRssBytes / 2 ** 30).toFixed(2)} GB`);
    runs.push(m);
  }
  return { cold: runs[0]!, warm: runs.slice(1), pages: pagesIn(runs[0]!) };
}
const floorDir = join(work, 'floor');
writeFloorSite(floorDir, project, corpus);
const floor = await buildOther('floor', floorDir);
const starlightDir = join(work, 'starlight');
writeStarlightSite(starlightDir, project, corpus);
const starlight = await buildOther('starlight', starlightDir);

// Page weight: one page of each type, ours and Starlight's article page.
const weights = [
  pageWeight(ours, `en/articles/${slugs[0]}`),
  pageWeight(ours, 'en/entities/e-0'),
  pageWeight(ours, 'en'),
  pageWeight(ours, 'en/search'),
  pageWeight(ours, 'en/graph'),
  pageWeight(ours, 'en/timeline'),
  pageWeight(join(starlightDir, 'dist'), `en/${slugs[0]}`),
];

log('search in Chromium');
const search = await measureSearch(project, ours, {
  en: ['infrastructure', 'Anthropic', 'model', 'compute', 'Claude Code', 'company'],
  fr: ['infrastructure', 'modèle', 'entreprise', 'calcul', 'Anthropic', 'orchestration'],
  zh: ['基础设施', '算力', '模型', '首席技术官', '推理', '公司'],
});
log('entity matcher');
const matcher = matcherThroughput(10_000, 4, 5);
log('entity linker on a 2 MB body of "Musk." lines');
const linker = await linkerTime(2, 3);

const ms = (values: number[]) => Math.round(median(values));
const warmMs = ms(warm.map((m) => m.ms));
/** Builds after one article changed or was added (medians), with Pagefind's work per language: seconds, and shards indexed again of all. */
const afterOne = (builds: Awaited<ReturnType<typeof buildOurs>>[]) => ({
  ms: ms(builds.map((m) => m.ms)),
  peakRssBytes: Math.max(...builds.map((m) => m.peakRssBytes)),
  contentSyncMs: ms(builds.map((m) => m.phases.contentSyncMs)),
  renderMs: ms(builds.map((m) => m.phases.renderMs)),
  pagefindMs: ms(builds.map((m) => m.phases.pagefindMs)),
  pagesCopied: ms(builds.map((m) => m.copied)),
  cardsDrawn: Math.max(...builds.map((m) => m.phases.cards.rendered)),
  indexing: Object.fromEntries(
    ['en', 'fr', 'zh'].map((l) => [
      l,
      {
        seconds: +median(builds.map((m) => m.indexing[l]?.seconds ?? 0)).toFixed(1),
        shardsIndexed: median(builds.map((m) => m.indexing[l]?.indexed ?? 0)),
        shards: median(builds.map((m) => m.indexing[l]?.shards ?? 0)),
      },
    ]),
  ),
});
const result = {
  articles: N,
  runs: RUNS,
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  ours: {
    pages: cold.pages,
    cold: {
      ms: Math.round(cold.ms),
      peakRssBytes: cold.peakRssBytes,
      phases: cold.phases,
      msPerPage: +(cold.ms / cold.pages).toFixed(2),
      msPerCard: cold.phases.cards.medianMs,
    },
    warm: {
      ms: warmMs,
      peakRssBytes: Math.max(...warm.map((m) => m.peakRssBytes)),
      msPerPage: +(warmMs / cold.pages).toFixed(2),
      contentSyncMs: ms(warm.map((m) => m.phases.contentSyncMs)),
      renderMs: ms(warm.map((m) => m.phases.renderMs)),
      pagefindMs: ms(warm.map((m) => m.phases.pagefindMs)),
      cardsDrawn: Math.max(...warm.map((m) => m.phases.cards.rendered)),
    },
    oneChanged: afterOne(changed),
    oneAdded: afterOne(added),
    /** The highest peak of any of our builds, cold included. */
    peakRssBytes: Math.max(cold.peakRssBytes, ...[...warm, ...changed, ...added].map((m) => m.peakRssBytes)),
  },
  floor: {
    pages: floor.pages,
    coldMs: Math.round(floor.cold.ms),
    warmMs: ms(floor.warm.map((m) => m.ms)),
    peakRssBytes: Math.max(...floor.warm.map((m) => m.peakRssBytes)),
  },
  starlight: {
    pages: starlight.pages,
    coldMs: Math.round(starlight.cold.ms),
    warmMs: ms(starlight.warm.map((m) => m.ms)),
    peakRssBytes: Math.max(...starlight.warm.map((m) => m.peakRssBytes)),
  },
  ratios: {} as Record<string, number>,
  pageWeight: weights,
  search,
  matcher,
  linker,
};
result.ratios = {
  oursWarmOverStarlightWarm: +(warmMs / result.starlight.warmMs).toFixed(2),
  oursColdOverStarlightCold: +(cold.ms / result.starlight.coldMs).toFixed(2),
  oursWarmOverFloorWarm: +(warmMs / result.floor.warmMs).toFixed(2),
  oursOneChangedOverWarm: +(result.ours.oneChanged.ms / warmMs).toFixed(2),
  oursOneAddedOverWarm: +(result.ours.oneAdded.ms / warmMs).toFixed(2),
};

const out = join(project, `bench-results-${N}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const gb = (b: number) => `${(b / 2 ** 30).toFixed(2)} GB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const oneRow = (what: string, one: ReturnType<typeof afterOne>) =>
  `ours, ${what.padEnd(28)}${(one.ms / 1000).toFixed(1).padStart(7)} s          ${gb(one.peakRssBytes).padStart(12)}   ${(one.ms / warmMs).toFixed(2)}× warm
  content sync ${one.contentSyncMs} ms · page render ${one.renderMs} ms (${one.pagesCopied} of ${cold.pages} pages copied from the last build) · Pagefind ${one.pagefindMs} ms (${Object.entries(
    one.indexing,
  )
    .map(([l, x]) => `${l} ${x.seconds} s, ${x.shardsIndexed} of ${x.shards} shards indexed`)
    .join('; ')}) · cards drawn ${one.cardsDrawn}`;
console.log(`
Dossier benchmark: ${N} articles, ${cold.pages} pages, median of ${RUNS} runs (${result.machine.cpus} cores, Node ${process.version})

build                              wall      ms/page   peak memory
ours, cold (cards drawn: ${cold.phases.cards.rendered})     ${(cold.ms / 1000).toFixed(1).padStart(7)} s ${String(result.ours.cold.msPerPage).padStart(8)} ${gb(cold.peakRssBytes).padStart(12)}
  content sync ${cold.phases.contentSyncMs} ms · page render ${cold.phases.renderMs} ms (cards ${cold.phases.cards.renderMs} ms, median ${result.ours.cold.msPerCard} ms each) · Pagefind ${cold.phases.pagefindMs} ms
ours, warm                        ${(warmMs / 1000).toFixed(1).padStart(7)} s ${String(result.ours.warm.msPerPage).padStart(8)} ${gb(result.ours.warm.peakRssBytes).padStart(12)}
  content sync ${result.ours.warm.contentSyncMs} ms · page render ${result.ours.warm.renderMs} ms · Pagefind ${result.ours.warm.pagefindMs} ms · cards drawn ${result.ours.warm.cardsDrawn}
${oneRow('one article changed', result.ours.oneChanged)}
${oneRow('one article added', result.ours.oneAdded)}
peak memory of our builds: ${gb(result.ours.peakRssBytes)}
Starlight (${starlight.pages} pages), cold / warm  ${(result.starlight.coldMs / 1000).toFixed(1)} s / ${(result.starlight.warmMs / 1000).toFixed(1)} s   peak ${gb(result.starlight.peakRssBytes)}
floor (${floor.pages} pages), cold / warm      ${(result.floor.coldMs / 1000).toFixed(1)} s / ${(result.floor.warmMs / 1000).toFixed(1)} s   peak ${gb(result.floor.peakRssBytes)}
ratios: ours/Starlight warm ${result.ratios.oursWarmOverStarlightWarm}× · one changed/warm ${result.ratios.oursOneChangedOverWarm}× · cold ${result.ratios.oursColdOverStarlightCold}× · ours/floor warm ${result.ratios.oursWarmOverFloorWarm}×

page weight (first render)         HTML raw/gzip        (inline CSS raw)  CSS files gzip   JS gzip   requests
${weights.map((w) => `${w.page.padEnd(34)} ${kb(w.html.raw).padStart(9)} / ${kb(w.html.gzip).padEnd(9)} ${kb(w.css.inlineRaw).padStart(12)} ${kb(w.css.gzip).padStart(14)} ${kb(w.js.gzip).padStart(9)} ${String(w.renderRequests).padStart(6)}`).join('\n')}

search, a visit's first query (each of the battery, empty cache): ${Object.entries(search.firstQueryBytes)
  .map(([l, f]) => `${l} median ${kb(f.median)}, max ${kb(f.max)}`)
  .join(' · ')}
  heaviest, by file: ${Object.entries(search.firstQueryBytes)
    .map(
      ([l, f]) =>
        `${l} ${Object.entries(f.heaviest)
          .map(([k, b]) => `${k} ${kb(b)}`)
          .join(', ')}`,
    )
    .join(' · ')}
search latency (warm, in the page): median ${search.latencyMs.median.toFixed(1)} ms, p95 ${search.latencyMs.p95.toFixed(1)} ms over ${search.latencyMs.queries} queries
entity matcher: ${matcher.aliases} aliases, ${matcher.megabytes} MB of text: ${matcher.mbPerSecond} MB/s (median of ${matcher.runs})
entity linker, ${(linker.bytes / 1e6).toFixed(1)} MB of ${linker.body} (${linker.mentions} mentions): linker ${linker.linkerMedianMs} ms, whole article pipeline ${linker.pipelineMedianMs} ms (median of ${linker.runs})

JSON: ${out}
`);
rmSync(work, { recursive: true, force: true });
