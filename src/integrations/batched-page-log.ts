import type { AstroIntegration } from 'astro';

/** Written when this much is gathered, or this long after the first line gathered. */
const BLOCK_BYTES = 64 * 1024;
const BLOCK_MS = 100;

/**
 * Astro logs each page it generates with two writes to standard output: at 82,000 pages and cards, a
 * build after one changed article made 164,000 write calls, 0.8 s of its 30. While the pages are
 * generated, what goes to standard output is gathered and written in blocks (64 KB, or 100 ms after
 * the first line of a block): the same bytes in the same order, in far fewer calls. Anything written
 * to standard error first writes out what was gathered, so the two stay in order.
 */
export function batchedPageLog(): AstroIntegration {
  let restore: (() => void) | undefined;
  return {
    name: 'dossier-batched-page-log',
    hooks: {
      'astro:build:start': () => {
        restore?.();
        restore = gatherStdout();
      },
      'astro:build:generated': () => {
        restore?.();
        restore = undefined;
      },
    },
  };
}

/** Gathers standard output into blocks until the returned function is called (which writes out the rest). */
function gatherStdout(): () => void {
  const { stdout, stderr } = process;
  const write = stdout.write;
  const writeError = stderr.write;
  let gathered: Buffer[] = [];
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (bytes === 0) return;
    const block = Buffer.concat(gathered, bytes);
    gathered = [];
    bytes = 0;
    write.call(stdout, block);
  };
  stdout.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
    gathered.push(buffer);
    bytes += buffer.length;
    if (bytes >= BLOCK_BYTES) flush();
    else timer ??= setTimeout(flush, BLOCK_MS);
    (typeof encoding === 'function' ? encoding : done)?.();
    return true;
  }) as typeof stdout.write;
  stderr.write = ((...args: Parameters<typeof stderr.write>) => {
    flush();
    return writeError.apply(stderr, args);
  }) as typeof stderr.write;
  // A build that stops (an error, a signal) still shows every line gathered until then.
  process.once('exit', flush);
  return () => {
    flush();
    stdout.write = write;
    stderr.write = writeError;
    process.removeListener('exit', flush);
  };
}
