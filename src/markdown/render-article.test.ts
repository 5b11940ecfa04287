import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import { createArticleRenderer, createSummaryRenderer } from './render-article.ts';

const matcher = createEntityMatcher([
  { text: 'Anthropic', entityId: 'anthropic' },
  { text: 'Claude', entityId: 'claude' },
  { text: 'Claude Code', entityId: 'claude-code' },
]);
const links = { matcher, language: 'en', entityHref: (id: string) => `../../entities/${id}/` };
const renderArticle = createArticleRenderer(links);

describe('renderArticle', () => {
  it('shows raw HTML as text and runs nothing', async () => {
    const { html, text } = await renderArticle('Before <script>alert(1)</script> <img src=x onerror="alert(2)"> after');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('drops javascript: and data: link targets', async () => {
    const { html } = await renderArticle('[a](javascript:alert(1)) [b](JAVAscript:alert(1)) [c](data:text/html,x) [d](https://example.com/)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('href="https://example.com/"');
  });

  it('keeps quotes and apostrophes as written (no smart punctuation)', async () => {
    const { text } = await renderArticle(`Anthropic's "plan" -- l'OpenAI...`);
    expect(text).toBe(`Anthropic's "plan" -- l'OpenAI...¶`);
  });

  it('renders GFM tables as tables in a focusable scroll box', async () => {
    const { html } = await renderArticle('| A | B |\n| - | - |\n| 1 | 2 |');
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0"><a class="passage-anchor" href="#p-1"[^>]*>¶<\/a><table id="p-1">/);
  });

  it('moves headings one level down under the page’s own h2, and gives every passage an id', async () => {
    const { html } = await renderArticle('## Section\n\nText.\n\n### Sub\n\n- one\n- two');
    const anchor = (n: number) => `<a class="passage-anchor" href="#p-${n}" aria-labelledby="passage-link-label" data-pagefind-ignore="">¶</a>`;
    expect(html).toBe(
      `<h3 id="p-1">Section${anchor(1)}</h3>\n<p id="p-2">Text.${anchor(2)}</p>\n<h4 id="p-3">Sub${anchor(3)}</h4>\n<ul>\n<li id="p-4">one${anchor(4)}</li>\n<li id="p-5">two${anchor(5)}</li>\n</ul>`,
    );
  });

  it('links the first mention of an entity in the text, not again in a later section, and records every mention', async () => {
    const { html, mentions } = await renderArticle(
      'Anthropic and Anthropic.\n\n## Anthropic news\n\nAnthropic ran Claude Code.\n\n## More\n\nClaude Code again.',
    );
    const links = html.replace(/<a class="passage-anchor"[^>]*>¶<\/a>/g, '');
    expect(links).toBe(
      '<p id="p-1"><a href="../../entities/anthropic/" class="entity" data-entity="anthropic">Anthropic</a> and Anthropic.</p>\n' +
        '<h3 id="p-2">Anthropic news</h3>\n' +
        '<p id="p-3">Anthropic ran <a href="../../entities/claude-code/" class="entity" data-entity="claude-code">Claude Code</a>.</p>\n' +
        '<h3 id="p-4">More</h3>\n' +
        '<p id="p-5">Claude Code again.</p>',
    );
    expect(mentions.map((m) => [m.entityId, m.passage, m.linked])).toEqual([
      ['anthropic', 'p-1', true],
      ['anthropic', 'p-1', false],
      ['anthropic', 'p-2', false],
      ['anthropic', 'p-3', false],
      ['claude-code', 'p-3', true],
      ['claude-code', 'p-5', false],
    ]);
  });

  it('links a name whose first mention is in a heading at its first mention in running text', async () => {
    const { html } = await renderArticle('## Claude\n\nText about Claude.');
    expect(html).toContain('Text about <a href="../../entities/claude/" class="entity" data-entity="claude">Claude</a>.');
  });

  it('finds the sentence of each of many mentions in one paragraph', async () => {
    const body = Array.from({ length: 50 }, (_, i) => `Sentence ${i} names Claude.`).join(' ');
    const { mentions } = await renderArticle(body);
    expect(mentions).toHaveLength(50);
    mentions.forEach((m, i) => {
      expect(m.sentence).toBe(`Sentence ${i} names Claude.`);
      expect(m.sentence.slice(m.start, m.end)).toBe('Claude');
    });
  });

  it('records the sentence of a mention with its place in it', async () => {
    const { mentions } = await renderArticle('First sentence here. Then Claude spoke.');
    const [m] = mentions;
    expect(m?.sentence).toBe('Then Claude spoke.');
    expect(m?.sentence.slice(m.start, m.end)).toBe('Claude');
  });

  it('never links inside links or code', async () => {
    const { html, mentions } = await renderArticle('[Anthropic](https://example.com/) `Claude` and Claude');
    expect(html.replace(/<a class="passage-anchor"[^>]*>¶<\/a>/, '')).toBe(
      '<p id="p-1"><a href="https://example.com/" rel="noopener noreferrer nofollow">Anthropic</a> <span class="link-host" data-pagefind-ignore="" data-nolink="">(example.com)</span> <code>Claude</code> and <a href="../../entities/claude/" class="entity" data-entity="claude">Claude</a></p>',
    );
    expect(mentions).toHaveLength(1);
  });

  it('links mentions in a summary with the page language’s links', async () => {
    const renderSummary = createSummaryRenderer({ ...links, entityHref: (id) => `/fr/entities/${id}/` });
    const { html } = await renderSummary('Anthropic <b>lance</b> Claude.');
    expect(html).toBe(
      '<p><a href="/fr/entities/anthropic/" class="entity" data-entity="anthropic">Anthropic</a> &#x3C;b>lance&#x3C;/b> <a href="/fr/entities/claude/" class="entity" data-entity="claude">Claude</a>.</p>',
    );
  });

  it('shows where an external link goes and gives it nothing: protocol-relative links too (issue 16.8)', async () => {
    const { html } = await renderArticle(
      '[a](//evil.example/x) [b](https://Example.com:8443/y?q=1) [c](http://plain.example) [d](/en/entities/x/) [e](mailto:a@b.example)',
    );
    const body = html.replace(/<a class="passage-anchor"[^>]*>¶<\/a>/, '');
    const host = (h: string) => `<span class="link-host" data-pagefind-ignore="" data-nolink="">(${h})</span>`;
    expect(body).toContain(`<a href="https://evil.example/x" rel="noopener noreferrer nofollow">a</a> ${host('evil.example')}`);
    expect(body).toContain(`<a href="https://example.com:8443/y?q=1" rel="noopener noreferrer nofollow">b</a> ${host('example.com:8443')}`);
    expect(body).toContain(`<a href="http://plain.example/" rel="noopener noreferrer nofollow">c</a> ${host('plain.example')}`);
    expect(body).toContain('<a href="/en/entities/x/">d</a>');
    expect(body).toContain('<a href="mailto:a@b.example">e</a>');
    expect(body).not.toMatch(/href="\/\//);
  });

  it('leaves MDX-like text alone', async () => {
    const { text } = await renderArticle('import x from "y"\n\nexport const a = 1\n\n{process.exit()} <Foo />');
    expect(text).toContain('import x from "y"');
    expect(text).toContain('{process.exit()} <Foo />');
  });
});
