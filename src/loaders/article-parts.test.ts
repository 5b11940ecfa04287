import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partsFile, partsFolder, pruneParts, readParts, writeParts } from './article-parts.ts';

const parts = (n: number) => ({ html: `<p>Text ${n}</p>`, text: `Text ${n}`, summaries: { en: `<p>Summary ${n}</p>`, fr: '', zh: '' } });

describe('article parts', () => {
  it('reads back what was written, and leaves no temporary file', () => {
    const folder = partsFolder(mkdtempSync(join(tmpdir(), 'dossier-parts-')), '/site');
    const file = partsFile(folder, 'abc');
    writeParts(file, parts(1));
    expect(readParts(file)).toEqual(parts(1));
    expect(readdirSync(folder)).toEqual(['abc.json']);
  });

  it('prunes the files no entry names, and only those', () => {
    const folder = partsFolder(mkdtempSync(join(tmpdir(), 'dossier-parts-')), '/site');
    const [kept, gone] = [partsFile(folder, 'kept'), partsFile(folder, 'gone')];
    writeParts(kept, parts(1));
    writeParts(gone, parts(2));
    pruneParts(folder, new Set([kept]));
    expect([existsSync(kept), existsSync(gone)]).toEqual([true, false]);
    // A folder not made yet (the first build) is nothing to prune.
    expect(() => pruneParts(join(folder, 'none'), new Set())).not.toThrow();
  });

  it('says which file is missing and how to make it again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-parts-'));
    expect(() => readParts(join(folder, 'missing.json'))).toThrow(/missing\.json cannot be read .*astro build --force/);
    writeFileSync(join(folder, 'torn.json'), '{"html":');
    expect(() => readParts(join(folder, 'torn.json'))).toThrow(/torn\.json cannot be read/);
  });
});
