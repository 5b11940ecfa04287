import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirs, readArticles } from '../../loaders/read-articles.ts';
import { createEntityMatcher } from '../../entities/entity-matcher.ts';
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
    const bySource = (prefix: string) =>
      cleanArticleText(readFileSync(join(dirs.sources, articles.find((a) => a.data.source.file.startsWith(prefix))!.data.source.file), 'utf8'));
    expect(bySource('001').date).toBe('2025-10-03');
    expect(bySource('004').date).toBe('2026-05');
    expect(bySource('004').title).toBe("Anthropic's Claude Becomes Engineering Infrastructure Amid Compute Crisis and Musk Alliance");
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
    expect(md('Limited to :\n240 hours for Sonnet,\n24 hours for Opus,\nvarying with load.')).toContain(
      'Limited to :\n\n- 240 hours for Sonnet,\n- 24 hours for Opus,\n- varying with load.',
    );
  });

  it('turns dated lines into a timeline list, date and event on two lines', () => {
    expect(md('2021-01\nFounded.\n2023-03\nReleased.')).toContain('- 2021-01\\\n  Founded.\n- 2023-03\\\n  Released.');
  });

  it('splits an AI label a page ran into a section title, keeping both texts', () => {
    expect(md('🌍 Market OutlookAI analysis grounded in cited sources\nPrices will rise.')).toContain(
      '## 🌍 Market Outlook\n\nAI analysis grounded in cited sources\n\nPrices will rise.',
    );
    // Not a title: left as written.
    expect(md('We said it.AI analysis grounded in cited sources')).toContain('We said it.AI analysis grounded in cited sources');
  });

  it('nests the sections after an "AI-generated analysis" label under the section it opens', () => {
    const out = md(
      '🧭 Summary\nPlain news here.\n🧠 Deep Insight\nAI-generated analysis for this event.\n📈 Outlook\nIt will grow.\n⏳ Timeline\nSome history.',
    );
    expect(out).toContain('## 🧭 Summary');
    expect(out).toContain('## 🧠 Deep Insight\n\nAI-generated analysis for this event.\n\n### 📈 Outlook\n\nIt will grow.\n\n### ⏳ Timeline');
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

describe('the block classifier on any page', () => {
  const page = (lines: string[], language = 'en') => cleanArticleText(lines.join('\n'), { language });
  const para = (n: number) => `This is paragraph number ${n} of the article, and it says something that a reader would want to keep.`;

  it('removes the menu and footer runs around the article, each removal with its kind, and keeps every paragraph', () => {
    const { markdown, removed, title } = page([
      'Skip to content',
      'News | World | Tech | Sport',
      'Home › Tech › A title for the story',
      'A title for the story',
      para(1),
      para(2),
      'Share',
      'Related',
      'Another story',
      '© 2025 Example News. All rights reserved.',
      'Contact',
    ]);
    expect(title).toBe('A title for the story');
    expect(markdown).toBe(`${para(1)}\n\n${para(2)}\n`);
    expect(removed.map((r) => r.kind)).toEqual([
      'navigation',
      'navigation',
      'navigation',
      'title-line',
      'share',
      'related-links',
      'related-links',
      'copyright',
      'navigation',
    ]);
  });

  it('removes a paywall notice wherever it stands, and keeps a sentence that only mentions subscribers', () => {
    const { removed } = page([para(1), 'Cet article est réservé aux abonnés.', para(2)], 'fr');
    expect(removed).toEqual([{ kind: 'promo', text: 'Cet article est réservé aux abonnés.' }]);
    for (const [line, language] of [
      ['Le parking sera réservé aux abonnés du réseau de bus, a précisé la mairie.', 'fr'],
      ['The new lounge will be open to subscribers only, the club said.', 'en'],
      ['Die Lounge ist nur für Abonnenten der Bahncard 100 geöffnet, sagte die Bahn.', 'de'],
      ['该平台去年的付费内容收入增长了三成。', 'zh'],
    ] as const)
      expect(page([para(1), line, para(2)], language).markdown).toContain(line);
  });

  it('keeps a short line between two paragraphs, unless it is a UI string', () => {
    const { markdown, removed } = page([para(1), 'A short line', para(2), 'Advertisement', para(3)]);
    expect(markdown).toContain('A short line');
    expect(removed).toEqual([{ kind: 'advertisement', text: 'Advertisement' }]);
  });

  it('keeps a short closing sentence and a table after the last paragraph', () => {
    const { markdown } = page([para(1), 'A\tB', '1\t2', 'That is all.', 'Impressum']);
    expect(markdown).toContain('| A | B |');
    expect(markdown).toContain('That is all.');
    expect(markdown).not.toContain('Impressum');
  });

  it('lifts a byline and a dateline into metadata, with the line as evidence', () => {
    const { separation, removed } = page(['Ein Titel für den Artikel', 'Von Jan Schüßler', '04.11.2025, 14:32 Uhr', para(1)], 'de');
    expect(separation.author).toEqual({ value: 'Jan Schüßler', evidence: 'Von Jan Schüßler' });
    expect(separation.date?.value).toMatchObject({ date: '2025-11-04', time: '14:32' });
    expect(removed.map((r) => r.kind)).toEqual(['title-line', 'byline', 'dateline']);
  });

  it('reports an impossible date and leaves it out', () => {
    const { date, separation } = page(['A title for the story', '2025-13-45', para(1)]);
    expect(date).toBeUndefined();
    expect(separation.impossibleDate).toEqual({ value: '2025-13-45', evidence: '2025-13-45' });
  });
});

describe('textToMarkdown tables and headings', () => {
  const md = (text: string) => cleanArticleText(`First paragraph of the article.\n${text}`).markdown;

  it('turns tab-separated rows into a GFM table', () => {
    expect(md('Site\tMW\nOregon\t300\nTexas\t450')).toContain('| Site | MW |\n| - | - |\n| Oregon | 300 |\n| Texas | 450 |');
  });

  it('turns space-aligned columns into a GFM table', () => {
    expect(md('Standort      Leistung   Jahr\nFrankfurt     180 MW     2023\nBerlin        90 MW      2024')).toContain(
      '| Standort | Leistung | Jahr |\n| - | - | - |\n| Frankfurt | 180 MW | 2023 |',
    );
  });

  it('makes no heading of four or more short lines in a row', () => {
    expect(md('Politik\nWirtschaft\nKultur\nSport\nA paragraph, at last.')).not.toContain('#');
  });
});
