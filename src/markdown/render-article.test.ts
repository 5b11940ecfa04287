import { describe, expect, it } from 'vitest';
import { renderArticle } from './render-article.ts';

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
    expect(text).toBe(`Anthropic's "plan" -- l'OpenAI...`);
  });

  it('renders GFM tables as tables in a focusable scroll box', async () => {
    const { html } = await renderArticle('| A | B |\n| - | - |\n| 1 | 2 |');
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0"><table>/);
  });

  it('moves headings one level down under the page’s own h2', async () => {
    const { html } = await renderArticle('## Section\n\n### Sub');
    expect(html).toBe('<h3>Section</h3>\n<h4>Sub</h4>');
  });

  it('leaves MDX-like text alone', async () => {
    const { text } = await renderArticle('import x from "y"\n\nexport const a = 1\n\n{process.exit()} <Foo />');
    expect(text).toContain('import x from "y"');
    expect(text).toContain('{process.exit()} <Foo />');
  });
});
