// Indexes the HTML files of one folder with Pagefind (see pagefind.ts: a shard of one language,
// its pages linked into a folder of their own). Each worker thread loads its own copy of Pagefind's
// Node API, and so gets its own indexing process.
import { workerData, parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

const { site, glob, outputPath } = workerData as { site: string; glob: string; outputPath: string };
const errors: string[] = [];
let pageCount = 0;
const { index, errors: startErrors } = await createIndex({});
errors.push(...startErrors);
if (index) {
  const added = await index.addDirectory({ path: site, glob });
  errors.push(...added.errors);
  pageCount = added.page_count;
  if (added.errors.length === 0) errors.push(...(await index.writeFiles({ outputPath })).errors);
}
await close();
parentPort!.postMessage({ pageCount, errors });
