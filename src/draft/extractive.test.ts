import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePassages } from '../markdown/passages.ts';
import { contentDirs, readArticles } from '../loaders/read-articles.ts';
import { sentenceCount } from '../schemas/article.ts';
import { hasText } from '../schemas/authorship.ts';
import { extractiveSummary, extractiveTitle } from './extractive.ts';

const seeds = readArticles(contentDirs(process.cwd()));
// A Chinese text the tool was not written against: the seeds' own Chinese summaries, one paragraph each.
const chinese = seeds
  .map((a) => a.data.summary.zh)
  .filter(hasText)
  .map((f) => f.text)
  .join('\n\n');
const german = readFileSync(join(process.cwd(), 'scripts', 'fixtures', 'ingest-de.txt'), 'utf8');
const texts = [
  ...seeds.map((a) => ({ name: a.slug, language: a.data.language, markdown: a.body })),
  { name: 'Chinese summaries as an article', language: 'zh', markdown: chinese },
  { name: 'the German ingest fixture', language: 'de', markdown: german },
];

describe('extractiveSummary', () => {
  it.each(texts)('$name: 2 to 4 sentences, each verbatim a sentence of the passage it cites', async ({ language, markdown }) => {
    const passages = await articlePassages(markdown, language);
    const summary = extractiveSummary(passages, language)!;
    expect(summary).toBeDefined();
    expect(summary.sentences.length).toBeGreaterThanOrEqual(2);
    expect(summary.sentences.length).toBeLessThanOrEqual(4);
    expect(sentenceCount(summary.text, language)).toBe(summary.sentences.length);
    const byId = new Map(passages.map((p) => [p.id, p.text]));
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    for (const sentence of summary.sentences) {
      const passageSentences = [...segmenter.segment(byId.get(sentence.passage)!)].map((s) => s.segment.trim());
      expect(passageSentences).toContain(sentence.text);
      expect(summary.text).toContain(sentence.text);
    }
    // In the article's order, and nothing but those sentences.
    expect(summary.sentences.map((s) => s.position)).toEqual([...summary.sentences.map((s) => s.position)].sort((a, b) => a - b));
    expect(summary.text.replace(/\s/g, '')).toBe(
      summary.sentences
        .map((s) => s.text)
        .join('')
        .replace(/\s/g, ''),
    );
  });

  it('opens with the lead and fills in with the sentences the rest of the text shares most words with', async () => {
    const markdown = [
      'The council approved the new bridge over the river on Tuesday.',
      'The bridge will carry trams and bicycles across the river. The river bridge replaces a ferry.',
      'Weather was mild. Nobody objected.',
      'The new bridge over the river opens to trams and bicycles in 2027.',
    ].join('\n\n');
    const summary = extractiveSummary(await articlePassages(markdown, 'en'), 'en')!;
    expect(summary.sentences[0]!.text).toBe('The council approved the new bridge over the river on Tuesday.');
    expect(summary.text).toContain('The new bridge over the river opens to trams and bicycles in 2027.');
    expect(summary.text).not.toContain('Weather was mild.');
  });

  it('gives up, rather than inventing, on a text with fewer than two usable sentences', async () => {
    expect(extractiveSummary(await articlePassages('Short.\n\nAlso short.', 'en'), 'en')).toBeUndefined();
  });

  it('never takes a heading, a table or code as a sentence', async () => {
    const markdown =
      '## A heading that is long enough to be a sentence here\n\n| a | b |\n| - | - |\n| one two three four five six | x |\n\n```\ncode code code code code code.\n```\n\nThe first real sentence of this text is here. The second real sentence of this text follows it.';
    const summary = extractiveSummary(await articlePassages(markdown, 'en'), 'en')!;
    expect(summary.text).toBe('The first real sentence of this text is here. The second real sentence of this text follows it.');
  });
});

describe('extractiveTitle', () => {
  it.each(texts)('$name: a short sentence of the text, verbatim but for its full stop', async ({ language, markdown }) => {
    const passages = await articlePassages(markdown, language);
    const title = extractiveTitle(passages, language);
    if (!title) return;
    expect(title.text.length).toBeLessThanOrEqual(120);
    expect(passages.find((p) => p.id === title.passage)!.text).toContain(title.text);
  });
});
