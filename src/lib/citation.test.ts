import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText } from './citation.ts';

const article = { title: 'Anthropic hires a CTO', source: 'AINews', date: 'May 2026', url: 'https://x.test/en/articles/a/' };

describe('citations', () => {
  it('cite an article in plain text, leaving out what is unknown', () => {
    expect(citationText(article, 'en')).toBe('Anthropic hires a CTO. AINews, May 2026. https://x.test/en/articles/a/');
    expect(citationText({ ...article, source: undefined, date: undefined }, 'en')).toBe('Anthropic hires a CTO. https://x.test/en/articles/a/');
    expect(citationText({ ...article, title: 'Who runs Claude?', date: undefined }, 'en')).toBe('Who runs Claude? AINews. https://x.test/en/articles/a/');
  });

  it('quote a passage with the punctuation of the reader’s language', () => {
    const passage = { ...article, url: `${article.url}#p-4`, quote: 'Rahul Patil joins\n Anthropic.' };
    expect(citationText(passage, 'en')).toBe('“Rahul Patil joins Anthropic.” — Anthropic hires a CTO, AINews, May 2026. https://x.test/en/articles/a/#p-4');
    expect(citationText({ ...passage, date: undefined, source: undefined }, 'fr')).toBe(
      '« Rahul Patil joins Anthropic. » — Anthropic hires a CTO. https://x.test/en/articles/a/#p-4',
    );
    expect(citationText({ ...passage, title: '标题', source: '钛媒体', date: '2026年4月' }, 'zh')).toBe(
      '“Rahul Patil joins Anthropic.”——标题，钛媒体，2026年4月。https://x.test/en/articles/a/#p-4',
    );
  });

  it('write Markdown: a link for an article, a block quote for a passage', () => {
    expect(citationMarkdown({ ...article, title: 'A [bracketed] title' }, 'en')).toBe(
      '[A \\[bracketed\\] title](https://x.test/en/articles/a/), AINews, May 2026',
    );
    expect(citationMarkdown({ ...article, date: undefined, quote: 'One *line*.\n\nTwo.' }, 'en')).toBe(
      '> One \\*line\\*.\n>\n> Two.\n>\n> — [Anthropic hires a CTO](https://x.test/en/articles/a/), AINews',
    );
  });
});
