// Test helper: a throwaway content root with one valid article, to break on purpose.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FRONTMATTER = `id: 0123abcd
language: en
title:
  editorial: false
  en: A valid article
  fr: Un article valide
  zh: 一篇有效的文章
summary:
  writtenIn: en
  en: It is valid. It has a summary.
  fr: Il est valide. Il a un résumé.
  zh: 它是有效的。它有摘要。
source:
  file: valid.txt
published:
  date: "2025-10-03"
  basis: stated
`;

export const VALID_ARTICLE = `---\n${VALID_FRONTMATTER}---\nSome text.\n`;

/** A content root holding `articles` (file name → text) and a source file for them. */
export function makeContentRoot(articles: Record<string, string | Uint8Array> = { 'valid.md': VALID_ARTICLE }): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-content-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  mkdirSync(join(root, 'content', 'entities'), { recursive: true });
  writeFileSync(join(root, 'content', 'sources', 'valid.txt'), 'Some text.\n');
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, 'content', 'articles', name), text);
  return root;
}

/** The valid article with one frontmatter line replaced (or removed, with an empty replacement). */
export function articleWith(line: RegExp, replacement: string): string {
  if (!line.test(VALID_FRONTMATTER)) throw new Error(`fixture has no line matching ${line}`);
  return `---\n${VALID_FRONTMATTER.replace(line, replacement)}---\nSome text.\n`;
}
