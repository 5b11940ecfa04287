// What the e2e tests compare the pages with: the content files themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDirs, readArticles } from '../src/loaders/read-articles.ts';

export const dirs = contentDirs(process.cwd());
export const articles = readArticles(dirs);

export function sourceText(file: string): string {
  return readFileSync(join(dirs.sources, file), 'utf8');
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The sentences and table cells of a source text, minus what cleaning removed,
 * as a reader should find them on the page: list markers and bullet glyphs are
 * structure, not text.
 */
export function expectedPieces(source: string, removed: readonly { text: string }[]): string[] {
  let text = source;
  for (const r of removed) text = text.replace(r.text, '\n');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^\|(?:\s*:?-+:?\s*\|)+$/.test(line))
    .flatMap((line) =>
      line.startsWith('|')
        ? line
            .slice(1, -1)
            .split('|')
            .map((cell) => cell.trim())
        : line
            .replace(/^(?:[-*]\s+)?•?\s*/, '')
            .replace(/^\d+\.\s+/, '')
            .split(/(?<=[.!?。！？])\s+/),
    )
    .map(normalize)
    .filter(Boolean);
}
