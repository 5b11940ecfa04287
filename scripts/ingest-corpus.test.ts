import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createEntityMatcher } from '../src/entities/entity-matcher.ts';
import { formatScores, plainBlocks, scoreCorpus, totals, type Expected } from '../src/ingest/evaluate.ts';
import { prepareArticle } from '../src/ingest/prepare.ts';
import { hasText } from '../src/schemas/authorship.ts';
import { contentDirs, readArticles } from '../src/loaders/read-articles.ts';

const dir = join(process.cwd(), 'scripts', 'fixtures', 'pages');
const scores = scoreCorpus(dir);
const t = totals(scores);

describe('ingest on the fixture corpus (scripts/fixtures/pages)', () => {
  it('covers at least 15 pages of at least 8 layouts in en, fr, de, es, zh and ja or ko, as text and as HTML', () => {
    console.log(formatScores(scores));
    expect(scores.length).toBeGreaterThanOrEqual(15);
    const layouts = new Set(
      scores.map((s) => (parse(readFileSync(join(dir, s.page.replace(/\.(?:txt|html?)$/, '.expected.yaml')), 'utf8')) as Expected).layout.split(' (')[0]),
    );
    expect(layouts.size).toBeGreaterThanOrEqual(8);
    const languages = new Set(scores.map((s) => s.language));
    for (const lang of ['en', 'fr', 'de', 'es', 'zh']) expect(languages).toContain(lang);
    expect(languages.has('ja') || languages.has('ko')).toBe(true);
    expect(scores.some((s) => s.page.endsWith('.html')) && scores.some((s) => s.page.endsWith('.txt'))).toBe(true);
  });

  it.each(['title', 'date', 'publisher', 'language'] as const)('finds the %s of at least 90% of pages', (field) => {
    expect(t.fieldsRight[field] / t.pages).toBeGreaterThanOrEqual(0.9);
  });

  it('removes at least 90% of the chrome lines and keeps at least 99% of the sentences', () => {
    expect(t.chromeRecall).toBeGreaterThanOrEqual(0.9);
    expect(t.contentKept).toBeGreaterThanOrEqual(0.99);
    expect(t.chromePrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('makes every table a GFM table', () => {
    expect(t.tablesRight).toBe(t.pages);
  });
});

describe('faithfulness', () => {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(texts)('%s: every piece of every line is in the article text or in the removal list', (page) => {
    const prepared = prepareArticle(readFileSync(join(dir, page)), page, { ids: new Map(), slugs: new Set(), sources: new Set() }, () =>
      createEntityMatcher([]),
    );
    if (prepared.kind !== 'new') throw new Error('not prepared');
    const body = plainBlocks(prepared.entry.slice(prepared.entry.indexOf('\n---\n') + 5)).lines.join('\n');
    const removed = prepared.report.removed.map((r) => r.text.replace(/\s+/g, ' ')).join('\n');
    const lost = readFileSync(join(dir, page), 'utf8')
      .split('\n')
      .flatMap((line) => line.split(/\t| {2,}|\|/))
      .map((piece) =>
        piece
          .replace(/^\s*(?:[-*+•·]\s+|\d+[.)]\s+)/u, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((piece) => piece !== '' && !/^-+$/.test(piece) && !body.includes(piece) && !removed.includes(piece));
    expect(lost).toEqual([]);
  });
});

describe('the seeds, ingested again', () => {
  const dirs = contentDirs(process.cwd());
  it.each(readArticles(dirs).map((a) => [a.data.source.file, a] as const))('%s gives today’s entry: text, removals, stated title and date', (_, article) => {
    const prepared = prepareArticle(
      readFileSync(join(dirs.sources, article.data.source.file)),
      article.data.source.file,
      { ids: new Map(), slugs: new Set(), sources: new Set() },
      () => createEntityMatcher([]),
    );
    if (prepared.kind !== 'new') throw new Error('not prepared');
    expect(prepared.entry.slice(prepared.entry.indexOf('\n---\n') + 5)).toBe(article.body);
    expect(prepared.report.removed).toEqual(article.data.notes.removed);
    expect(prepared.report.language?.value).toBe(article.data.language);
    const original = article.data.title[article.data.language];
    expect(prepared.report.title?.value).toBe(article.data.title.editorial || !hasText(original) ? undefined : original.text);
    expect(prepared.report.date?.value).toBe(article.data.published.basis === 'stated' ? article.data.published.date : undefined);
    expect(prepared.report.publisher).toBeUndefined();
  });
});
