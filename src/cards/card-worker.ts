// Draws cards off the main thread (see card-pool.ts). Loaded by Node directly,
// not bundled, so it imports only modules Node can run as they are.
import { parentPort } from 'node:worker_threads';
import { renderCardPng, type CardContent } from './card-design.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: CardContent }) => {
  try {
    const start = performance.now();
    const png = await renderCardPng(card);
    parentPort!.postMessage({ id, png, ms: performance.now() - start });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
