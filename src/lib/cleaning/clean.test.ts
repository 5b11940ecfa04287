import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirs, readArticles } from '../../loaders/read-articles.ts';
import { createEntityMatcher } from '../entity-matcher.ts';
import { createArticleRenderer } from '../../markdown/render-article.ts';

const renderArticle = createArticleRenderer({ matcher: createEntityMatcher([]), language: 'en', entityHref: (id) => id });
import { cleanArticleText } from './clean.ts';

const dirs = contentDirs(process.cwd());
const articles = readArticles(dirs);

describe('cleanArticleText on the seeds', () => {
  it.each(articles.map((a) => [a.data.source.file, a] as const))('%s: the entry is exactly what the cleaning code gives', (_, article) => {
    const cleaned = cleanArticleText(readFileSync(join(dirs.sources, article.data.source.file), 'utf8'));
    expect(article.body).toBe(cleaned.markdown);
    expect(article.data.notes.removed).toEqual(cleaned.removed);
  });

  it('lifts the stated dates and the title lines into metadata', () => {
    const bySource = (prefix: string) => cleanArticleText(readFileSync(join(dirs.sources, articles.find((a) => a.data.source.file.startsWith(prefix))!.data.source.file), 'utf8'));
    expect(bySource('001').date).toBe('2025-10-03');
    expect(bySource('004').date).toBe('2026-05');
    expect(bySource('004').title).toBe('Anthropic\'s Claude Becomes Engineering Infrastructure Amid Compute Crisis and Musk Alliance');
    expect(bySource('002').title).toBe('Anthropic Hires MS Azure AI Lead');
    expect(bySource('002').origin).toBe('钛媒体');
    expect(bySource('000').title).toBeUndefined();
  });
});

describe('cleanArticleText rules', () => {
  it('removes an affiliate disclaimer and a read-more link but keeps the sentence after them', () => {
    const { markdown, removed } = cleanArticleText(
      'Just a heads up, if you buy something through our links, we may get a small share of the sale. Click here for more.\n\nThe story starts here.',
    );
    expect(markdown).toBe('The story starts here.\n');
    expect(removed.map((r) => r.kind)).toEqual(['affiliate-disclaimer', 'read-more-link']);
  });

  it('removes only the comment prompt from a paragraph, keeping its questions', () => {
    const { markdown } = cleanArticleText('Is this wise? Drop us a line below in the comments, or carry the discussion to our Twitter or Facebook.');
    expect(markdown).toBe('Is this wise?\n');
  });

  it('removes the Chinese footer to the end of the text', () => {
    const { markdown, removed } = cleanArticleText('Body text.\n\n相关专题\n\nTopic 3 篇相关文章\n\n常见问题\n\nQ?\n\nA.');
    expect(markdown).toBe('Body text.\n');
    expect(removed).toEqual([{ kind: 'related-footer', text: '相关专题\n\nTopic 3 篇相关文章\n\n常见问题\n\nQ?\n\nA.' }]);
  });

  it('does not take a sentence for a title', () => {
    expect(cleanArticleText('Anthropic hired a CTO.\nMore text.').title).toBeUndefined();
  });

  it('keeps text that looks like HTML, Markdown, MDX or a script as that text', async () => {
    const line = '<script>alert(1)</script> *not bold* [x](javascript:alert(1)) {process.exit()} # 1. &amp; `code`';
    const { markdown } = cleanArticleText(`Intro line here.\n${line}`);
    const { html, text } = await renderArticle(markdown);
    expect(text).toBe(`Intro line here.¶\n\n${line}¶`);
    expect(html.replace(/<a class="passage-anchor"[^>]*>¶<\/a>/g, '')).not.toMatch(/<script|<a |<em>|<code>/);
  });
});

describe('textToMarkdown structure', () => {
  const md = (text: string) => cleanArticleText(`First paragraph of the article.\n${text}`).markdown;

  it('turns pipe rows with a delimiter row into a GFM table', () => {
    expect(md('| A | B |\n|---|---|\n| 1 | 2 |')).toContain('| A | B |\n| - | - |\n| 1 | 2 |');
  });

  it('turns bullet markers, including "- •", into one list', () => {
    expect(md('- •One.\n- •Two.')).toContain('- One.\n- Two.');
  });

  it('keeps the numbering of numbered lists', () => {
    expect(md('Our predictions:\n1. First.\n2. Second.')).toContain('Our predictions:\n\n1. First.\n2. Second.');
  });

  it('makes a list of the comma-ended lines a colon introduces', () => {
    expect(md('Limited to :\n240 hours for Sonnet,\n24 hours for Opus,\nvarying with load.')).toContain('Limited to :\n\n- 240 hours for Sonnet,\n- 24 hours for Opus,\n- varying with load.');
  });

  it('turns dated lines into a timeline list, date and event on two lines', () => {
    expect(md('2021-01\nFounded.\n2023-03\nReleased.')).toContain('- 2021-01\\\n  Founded.\n- 2023-03\\\n  Released.');
  });

  it('makes a short unpunctuated line followed by text a heading', () => {
    expect(md('Technical Deep Dive\nA long paragraph follows here.')).toContain('## Technical Deep Dive\n\nA long paragraph follows here.');
  });

  it('ranks emoji-led section titles above plain ones and keeps an answer line a paragraph', () => {
    const out = md('⚡ Summary\nWhat Changed\nAnthropic recruits a lead\nWhy It Matters\nBecause.');
    expect(out).toContain('## ⚡ Summary\n\n### What Changed\n\nAnthropic recruits a lead\n\n### Why It Matters\n\nBecause.');
  });

  it('does not make a heading of a line that would open an empty section', () => {
    expect(md('Who should care:Teams\n🧠 Deep Insight\nText.')).toContain('Who should care:Teams\n\n## 🧠 Deep Insight');
  });
});
