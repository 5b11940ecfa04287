import { describe, expect, it } from 'vitest';
import { batchedPageLog } from './batched-page-log.ts';

type Hook = () => void;

describe('batchedPageLog', () => {
  it('writes what the pages log in blocks, the same bytes in the same order, standard error kept in order', () => {
    const { hooks } = batchedPageLog();
    const { stdout, stderr } = process;
    const [write, writeError] = [stdout.write, stderr.write];
    const calls: string[] = [];
    // Stand-ins for the terminal, put in place before the integration takes over.
    stdout.write = ((chunk: string | Uint8Array) => calls.push(`out:${chunk.toString()}`) > 0) as typeof stdout.write;
    stderr.write = ((chunk: string | Uint8Array) => calls.push(`err:${chunk.toString()}`) > 0) as typeof stderr.write;
    try {
      (hooks['astro:build:start'] as unknown as Hook)();
      process.stdout.write('  ├─ /en/ ');
      process.stdout.write(' (cached)\n');
      process.stdout.write(Buffer.from('  ├─ /fr/ 中文\n'));
      expect(calls).toEqual([]);
      process.stderr.write('an error\n');
      process.stdout.write('after\n');
      (hooks['astro:build:generated'] as unknown as Hook)();
      process.stdout.write('done\n');
    } finally {
      [stdout.write, stderr.write] = [write, writeError];
    }
    expect(calls).toEqual(['out:  ├─ /en/  (cached)\n  ├─ /fr/ 中文\n', 'err:an error\n', 'out:after\n', 'out:done\n']);
  });
});
