import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-design.ts';
import { cardPaths } from './card-paths.ts';

/**
 * Draws cards in worker threads, one per core, so that a cold build draws them
 * in parallel while the main thread renders pages (Astro's build.concurrency
 * keeps several requests in flight). The worker is loaded from the project's
 * source (Node runs TypeScript), found through card-paths.ts.
 */
const SIZE = Math.max(1, availableParallelism());

interface Job {
  id: number;
  card: CardContent;
  /** The card, and how long its worker took to draw it. */
  resolve: (drawn: { png: Buffer; ms: number }) => void;
  reject: (error: Error) => void;
}

const idle: Worker[] = [];
const running = new Map<number, { worker: Worker; job: Job }>();
const waiting: Job[] = [];
let started = 0;
let nextId = 0;

function start(): Worker {
  started++;
  const worker = new Worker(cardPaths().worker);
  worker.on('message', ({ id, png, ms, error }: { id: number; png?: Uint8Array; ms?: number; error?: string }) => {
    const { job } = running.get(id)!;
    running.delete(id);
    if (error !== undefined) job.reject(new Error(`Could not draw the card "${job.card.title}":\n${error}`));
    else job.resolve({ png: Buffer.from(png!), ms: ms! });
    give(worker);
  });
  // A crashed worker fails its job; the next job starts a fresh one. (An idle worker we end has no job.)
  const fail = (error: Error) => {
    for (const [id, entry] of running) {
      if (entry.worker !== worker) continue;
      running.delete(id);
      started--;
      entry.job.reject(error);
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The card worker ended (code ${code}) while drawing`)));
  return worker;
}

/** A worker idle this long ends, giving back its memory (fonts, layout engine) before indexing starts. */
const IDLE_MS = 1000;
const idleTimers = new Map<Worker, ReturnType<typeof setTimeout>>();

/** Hands a free worker the next job, or lets it rest without keeping the process alive, then end. */
function give(worker: Worker) {
  const job = waiting.shift();
  if (!job) {
    worker.unref();
    idle.push(worker);
    const timer = setTimeout(() => {
      idleTimers.delete(worker);
      idle.splice(idle.indexOf(worker), 1);
      started--;
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    idleTimers.set(worker, timer);
    return;
  }
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
  worker.ref();
  running.set(job.id, { worker, job });
  worker.postMessage({ id: job.id, card: job.card });
}

export function drawCard(card: CardContent): Promise<{ png: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, card, resolve, reject });
    const worker = idle.pop() ?? (started < SIZE ? start() : undefined);
    if (worker) give(worker);
  });
}
