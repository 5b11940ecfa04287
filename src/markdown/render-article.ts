import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeArticleStructure from './rehype-article-structure.ts';
import remarkHtmlAsText from './remark-html-as-text.ts';

/**
 * What article text may become: GitHub's sanitizing schema without images,
 * form inputs or footnote machinery. Scraped articles carry none of these, and
 * an image would load a third-party URL on the reader's behalf.
 */
const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'input', 'picture', 'source'].includes(t)),
  protocols: { href: ['http', 'https', 'mailto'] },
};

/**
 * The one pipeline article text goes through: Markdown with GFM tables, no
 * smart punctuation (quotes and apostrophes stay as the source wrote them), no
 * raw HTML, sanitized. Later steps (entity links, passage anchors) are rehype
 * plugins added here.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkHtmlAsText)
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeArticleStructure)
  .use(rehypeStringify);

export interface RenderedArticle {
  html: string;
  /** The text a reader sees, block by block, for search and checks. */
  text: string;
}

export async function renderArticle(markdown: string): Promise<RenderedArticle> {
  const mdast = processor.parse(markdown);
  const hast = (await processor.run(mdast)) as HastRoot;
  return { html: processor.stringify(hast), text: toText(hast) };
}
