// Time to link entities in one large article body, with the real registry:
// `npm run bench:linker [-- megabytes runs]`. The default is the bad input of issue 16:
// 2 MB of "Musk." lines, one paragraph with a mention in every sentence (it took
// 8 minutes while the linker looked up each mention's sentence from the start).
// Reports the linker alone (the rehype plugin on the paragraph) and the whole article
// pipeline (Markdown parsing included).
import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { matcherForLanguage } from '../../src/entities/entity-aliases.ts';
import { readEntities } from '../../src/loaders/read-entities.ts';
import rehypeEntityLinks from '../../src/markdown/rehype-entity-links.ts';
import { createArticleRenderer } from '../../src/markdown/render-article.ts';
import { median } from './measure.ts';

async function timed(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

export async function linkerTime(megabytes = 2, runs = 3) {
  const entities = readEntities(process.cwd());
  const matcher = matcherForLanguage(entities, 'en');
  const body = 'Musk.\n'.repeat(Math.floor((megabytes * 1_000_000) / 'Musk.\n'.length));

  const linker = unified().use(rehypeEntityLinks, { matcher, language: 'en', href: (id) => `../../entities/${id}/` });
  let mentions = 0;
  const linkerTimes = await timed(runs, async () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: body }] }] };
    const file = new VFile();
    await linker.run(tree, file);
    mentions = file.data.mentions?.length ?? 0;
  });

  const render = createArticleRenderer({ matcher, language: 'en', entityHref: (id) => `../../entities/${id}/` });
  const pipelineTimes = await timed(runs, () => render(body));

  return {
    body: '"Musk." lines',
    bytes: body.length,
    runs,
    mentions,
    linkerMedianMs: Math.round(median(linkerTimes)),
    pipelineMedianMs: Math.round(median(pipelineTimes)),
  };
}

if (import.meta.main) {
  const [megabytes, runs] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await linkerTime(megabytes || undefined, runs || undefined)));
}
