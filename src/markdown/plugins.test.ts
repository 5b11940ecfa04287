// Each markdown plugin alone, fixture in, fixture out (as unified's own plugins are tested):
// fixtures/<plugin>/<case>.md goes through Markdown → HTML with only that plugin added, and must
// give <case>.html. A changed output is a changed plugin: read the diff, then write the new
// outputs with UPDATE_FIXTURES=1 and review them before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import rehypeArticleStructure from './rehype-article-structure.ts';
import rehypeEntityLinks from './rehype-entity-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypePassageIds from './rehype-passage-ids.ts';
import remarkHtmlAsText from './remark-html-as-text.ts';

const matcher = createEntityMatcher([
  { text: 'Anthropic', entityId: 'anthropic' },
  { text: 'Claude', entityId: 'claude' },
  { text: 'Claude Code', entityId: 'claude-code' },
]);

/** The plugin under test, where it sits in the article pipeline (remark before remark-rehype, rehype after). */
const PLUGINS: Record<string, { remark?: PluggableList; rehype?: PluggableList }> = {
  'remark-html-as-text': { remark: [remarkHtmlAsText] },
  'rehype-external-links': { rehype: [rehypeExternalLinks] },
  'rehype-article-structure': { rehype: [rehypeArticleStructure] },
  'rehype-passage-ids': { rehype: [rehypePassageIds] },
  'rehype-entity-links': { rehype: [[rehypeEntityLinks, { matcher, language: 'en', href: (id: string) => `/en/entities/${id}/` }]] },
};

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

async function run(plugin: string, markdown: string): Promise<string> {
  const { remark = [], rehype = [] } = PLUGINS[plugin]!;
  const file = await unified().use(remarkParse).use(remarkGfm).use(remark).use(remarkRehype).use(rehype).use(rehypeStringify).process(markdown);
  return `${String(file)}\n`;
}

describe('markdown plugins, fixture in and out', () => {
  it('has a fixture folder for every plugin, and a plugin for every fixture folder', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(PLUGINS).sort());
  });

  for (const plugin of Object.keys(PLUGINS)) {
    const dir = join(FIXTURES, plugin);
    for (const input of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      it(`${plugin}: ${input}`, async () => {
        const output = join(dir, input.replace(/\.md$/, '.html'));
        const html = await run(plugin, readFileSync(join(dir, input), 'utf8'));
        if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(output, html);
        expect(existsSync(output), `${output} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
        expect(html).toBe(readFileSync(output, 'utf8'));
      });
    }
  }
});
