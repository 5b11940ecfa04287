import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleWith, makeContentRoot, VALID_ARTICLE } from './content-fixture.ts';
import { contentDirs, readArticles } from './read-articles.ts';

const read = (articles: Record<string, string | Uint8Array>) => () => readArticles(contentDirs(makeContentRoot(articles)));

/** Snapshot of a folder's files, to prove a failed read changed nothing. */
const snapshot = (dir: string) => readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'latin1')]);

describe('readArticles', () => {
  it('reads a valid article with its slug from the file name', () => {
    const [article] = readArticles(contentDirs(makeContentRoot()));
    expect(article?.slug).toBe('valid');
    expect(article?.data.published).toEqual({ date: '2025-10-03', basis: 'stated' });
    expect(article?.data.notes).toEqual({ flags: [], removed: [] });
  });

  it('reads the real content folder without errors', () => {
    expect(readArticles(contentDirs(process.cwd())).length).toBeGreaterThanOrEqual(5);
  });

  it('fails on bad YAML with file, line and column', () => {
    expect(read({ 'bad.md': '---\nid: "0123abcd\ntitle: x\n---\ntext' })).toThrow(/content\/articles\/bad\.md:\d+:\d+: invalid YAML/);
  });

  it('fails on a missing title, naming the file and the field', () => {
    expect(read({ 'a.md': articleWith(/  en: A valid article\n/, '') })).toThrow(/content\/articles\/a\.md → title\.en: missing the title in "en" \(the original language\)/);
  });

  it('fails on a whitespace-only title', () => {
    expect(read({ 'a.md': articleWith(/A valid article/, '"   "') })).toThrow(/a\.md → title\.en: must not be empty/);
  });

  it.each(['"2024-13-45"', '2024-13-45', '"2024-02-30"', '2024-02-30', '"12/03/2025"', 'null', '""'])('fails on the invalid date %s', (date) => {
    expect(read({ 'a.md': articleWith(/"2025-10-03"/, date) })).toThrow(/a\.md → published\.date: /);
  });

  it('fails on a stated basis without a date, and never invents one', () => {
    expect(read({ 'a.md': articleWith(/  date: "2025-10-03"\n/, '') })).toThrow(/a\.md → published: give a date .* or no date with basis "unknown"/);
  });

  it('fails on a missing zh summary, naming the language', () => {
    expect(read({ 'a.md': articleWith(/  zh: 它是有效的。它有摘要。\n/, '') })).toThrow(/a\.md → summary\.zh: missing/);
  });

  it('fails on a summary of one sentence or of five', () => {
    expect(read({ 'a.md': articleWith(/It is valid\. It has a summary\./, 'Too short.') })).toThrow(/a\.md → summary\.en: has 1 sentence; a summary has 2 to 4/);
    expect(read({ 'a.md': articleWith(/它是有效的。它有摘要。/, '一。二。三。四。五。') })).toThrow(/a\.md → summary\.zh: has 5 sentences/);
  });

  it('fails on fields still marked to-do, listing each, unless editing in dev', () => {
    const draft = articleWith(/  zh: 它是有效的。它有摘要。\n/, '  zh: "TODO: translate the English summary into Simplified Chinese"\n').replace('fr: Un article valide', 'fr: "TODO: translate the title"');
    expect(read({ 'draft.md': draft })).toThrow(/draft\.md → title\.fr: still to be written[\s\S]*draft\.md → summary\.zh: still to be written/);
    expect(readArticles(contentDirs(makeContentRoot({ 'draft.md': draft })), { allowTodos: true })).toHaveLength(1);
  });

  it('fails on an unknown field', () => {
    expect(read({ 'a.md': articleWith(/language: en/, 'language: en\nlangauge: en') })).toThrow(/a\.md → langauge: unknown field/);
  });

  it('fails on a duplicate id, naming both files', () => {
    expect(read({ 'one.md': VALID_ARTICLE, 'two.md': VALID_ARTICLE })).toThrow(/content\/articles\/two\.md → id: duplicate id "0123abcd", also used by content\/articles\/one\.md/);
  });

  it('fails on two files whose slugs differ only by case', () => {
    const other = articleWith(/id: 0123abcd/, 'id: 4567abcd');
    expect(read({ 'same.md': VALID_ARTICLE, 'Same.md': other })).toThrow(/content\/articles\/same\.md → file name: differs only by case from content\/articles\/Same\.md/);
  });

  it('fails on an old slug that collides with another article', () => {
    const other = articleWith(/id: 0123abcd/, 'id: 4567abcd\naliases: [first]');
    expect(read({ 'first.md': VALID_ARTICLE, 'second.md': other })).toThrow(/second\.md → aliases\.0: slug "first" is already used by content\/articles\/first\.md/);
  });

  it('fails when the source file is missing', () => {
    expect(read({ 'a.md': articleWith(/file: valid\.txt/, 'file: gone.txt') })).toThrow(/a\.md → source\.file: content\/sources\/gone\.txt does not exist/);
  });

  it('fails on non-UTF-8 bytes with the byte offset', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('---\nid: 1\n---\nCaf'), 0xe9]);
    expect(read({ 'latin.md': latin1 })).toThrow(/latin\.md: not UTF-8 text: invalid byte 0xe9 at byte offset 17/);
  });

  it('fails on an empty file', () => {
    expect(read({ 'empty.md': '' })).toThrow(/empty\.md: the file is empty/);
  });

  it('reports every problem at once', () => {
    expect(read({ 'a.md': articleWith(/A valid article/, '""'), 'b.md': '' })).toThrow(/2 content problems/);
  });

  it('changes nothing in content/ when it fails', () => {
    const root = makeContentRoot({ 'a.md': VALID_ARTICLE, 'b.md': articleWith(/"2025-10-03"/, '2024-13-45') });
    const before = snapshot(join(root, 'content', 'articles'));
    expect(() => readArticles(contentDirs(root))).toThrow();
    expect(snapshot(join(root, 'content', 'articles'))).toEqual(before);
  });
});
