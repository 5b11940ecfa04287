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
    expect(read({ 'a.md': articleWith(/  en: A valid article\n/, '') })).toThrow(
      /content\/articles\/a\.md → title\.en: missing the title in "en" \(the original language\)/,
    );
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
    expect(read({ 'a.md': articleWith(/It is valid\. It has a summary\./, 'Too short.') })).toThrow(
      /a\.md → summary\.en: has 1 sentence; a summary has 2 to 4/,
    );
    expect(read({ 'a.md': articleWith(/它是有效的。它有摘要。/, '一。二。三。四。五。') })).toThrow(/a\.md → summary\.zh: has 5 sentences/);
  });

  it("reads a person's plain text as written in its own language and translated in the others", () => {
    const [article] = readArticles(contentDirs(makeContentRoot()));
    expect(article?.data.summary.en).toEqual({ status: 'written', text: 'It is valid. It has a summary.' });
    expect(article?.data.summary.fr).toEqual({ status: 'translated', text: 'Il est valide. Il a un résumé.' });
    expect(article?.data.title.en).toEqual({ status: 'written', text: 'A valid article' });
    expect(article?.data.title.zh).toEqual({ status: 'translated', text: '一篇有效的文章' });
  });

  const MACHINE =
    '\n    status: machine\n    text: Il est valide. Il a un résumé.\n    program: dossier draft\n    model: some-model\n    at: "2026-12-02T13:05:00Z"\n    passages: [p-1]\n';
  const drafted = articleWith(/  zh: 它是有效的。它有摘要。\n/, '  zh:\n    status: missing\n')
    .replace('  fr: Il est valide. Il a un résumé.\n', `  fr:${MACHINE}`)
    .replace('  fr: Un article valide\n', '  fr: { status: missing }\n');

  it('accepts machine-drafted and missing fields by default, and keeps who drafted them', () => {
    const [article] = readArticles(contentDirs(makeContentRoot({ 'draft.md': drafted })));
    expect(article?.data.summary.zh).toEqual({ status: 'missing' });
    expect(article?.data.title.fr).toEqual({ status: 'missing' });
    expect(article?.data.summary.fr).toEqual({
      status: 'machine',
      text: 'Il est valide. Il a un résumé.',
      program: 'dossier draft',
      model: 'some-model',
      at: '2026-12-02T13:05:00Z',
      passages: ['p-1'],
    });
  });

  it('under the review policy, fails listing every machine-drafted and missing field', () => {
    expect(() => readArticles(contentDirs(makeContentRoot({ 'draft.md': drafted })), { requireReview: true })).toThrow(
      /draft\.md → title\.fr: missing \(DOSSIER_REQUIRE_REVIEW=1[\s\S]*draft\.md → summary\.fr: machine-drafted, not yet reviewed[\s\S]*npm run review -- content\/articles\/draft\.md summary\.fr[\s\S]*draft\.md → summary\.zh: missing/,
    );
    expect(readArticles(contentDirs(makeContentRoot()), { requireReview: true })).toHaveLength(1);
  });

  it('fails on a machine-drafted field that does not say who drafted it, how or when', () => {
    const bare = articleWith(/  fr: Il est valide\. Il a un résumé\.\n/, '  fr:\n    status: machine\n    text: Il est valide. Il a un résumé.\n');
    expect(read({ 'a.md': bare })).toThrow(
      /a\.md → summary\.fr\.program: missing: say which program[\s\S]*summary\.fr\.at: missing[\s\S]*summary\.fr\.model: missing: give the `model`/,
    );
  });

  it("fails on a missing field with text, a person's field with a model, or an unknown status", () => {
    expect(read({ 'a.md': articleWith(/  fr: Un article valide\n/, '  fr: { status: missing, text: Un titre }\n') })).toThrow(
      /a\.md → title\.fr\.text: a missing field has no text/,
    );
    expect(read({ 'a.md': articleWith(/  fr: Un article valide\n/, '  fr: { status: translated, text: Un titre, model: x }\n') })).toThrow(
      /a\.md → title\.fr\.model: only a machine-drafted field/,
    );
    expect(read({ 'a.md': articleWith(/  fr: Un article valide\n/, '  fr: { status: drafted, text: Un titre }\n') })).toThrow(
      /a\.md → title\.fr: must be the text, or an object with `status`/,
    );
  });

  it('fails on an old "TODO:" placeholder, saying what replaced it', () => {
    expect(read({ 'a.md': articleWith(/  fr: Un article valide\n/, '  fr: "TODO: translate the title"\n') })).toThrow(
      /a\.md → title\.fr: is a "TODO:" placeholder: .*status: missing/,
    );
  });

  it('checks the sentence count of a machine-drafted summary too', () => {
    expect(read({ 'a.md': drafted.replace('text: Il est valide. Il a un résumé.', 'text: Trop court.') })).toThrow(/a\.md → summary\.fr: has 1 sentence/);
  });

  it('fails on an unknown field', () => {
    expect(read({ 'a.md': articleWith(/language: en/, 'language: en\nlangauge: en') })).toThrow(/a\.md → langauge: unknown field/);
  });

  it('fails on a duplicate id, naming both files', () => {
    expect(read({ 'one.md': VALID_ARTICLE, 'two.md': VALID_ARTICLE })).toThrow(
      /content\/articles\/two\.md → id: duplicate id "0123abcd", also used by content\/articles\/one\.md/,
    );
  });

  it('fails on two files whose slugs differ only by case', () => {
    const other = articleWith(/id: 0123abcd/, 'id: 4567abcd');
    expect(read({ 'same.md': VALID_ARTICLE, 'Same.md': other })).toThrow(
      /content\/articles\/same\.md → file name: differs only by case from content\/articles\/Same\.md/,
    );
  });

  it('fails on an old slug that collides with another article', () => {
    const other = articleWith(/id: 0123abcd/, 'id: 4567abcd\naliases: [first]');
    expect(read({ 'first.md': VALID_ARTICLE, 'second.md': other })).toThrow(
      /second\.md → aliases\.0: slug "first" is already used by content\/articles\/first\.md/,
    );
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
