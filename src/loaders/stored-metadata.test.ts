import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoredMetadata, storedFiles, storeMetadata, type ArticleMetadata } from './stored-metadata.ts';

const metadata = (sentence: string): ArticleMetadata => ({
  mentions: [{ entityId: 'anthropic', passage: 'p-1', sentence, start: 0, end: 9, linked: true }],
  summaryMentions: { en: [{ entityId: 'anthropic', passage: undefined, sentence: 'Anthropic hires.', start: 0, end: 9, linked: false }] },
  partsFile: '/parts/abc.json',
});

describe('stored metadata', () => {
  it('keeps the mentions in a file named by what it holds, and reads them back', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-stored-'));
    const stored = storeMetadata(metadata('Anthropic hired a CTO.'), folder);
    expect(readStoredMetadata(stored)).toEqual(metadata('Anthropic hired a CTO.'));
    expect(storedFiles({ rendered: { metadata: stored } })).toEqual(['/parts/abc.json', stored.mentionsFile]);
    // The same mentions, the same file; other mentions, another file.
    expect(storeMetadata(metadata('Anthropic hired a CTO.'), folder).mentionsFile).toBe(stored.mentionsFile);
    expect(storeMetadata(metadata('Anthropic hired a CFO.'), folder).mentionsFile).not.toBe(stored.mentionsFile);
    expect(readdirSync(folder).filter((name) => name.endsWith('.mentions.json'))).toHaveLength(2);
  });

  it('says how to make a missing mentions file again', () => {
    expect(() => readStoredMetadata({ partsFile: '/parts/abc.json', mentionsFile: '/nowhere/x.mentions.json' })).toThrow(
      /x\.mentions\.json cannot be read .*astro build --force/,
    );
  });
});
