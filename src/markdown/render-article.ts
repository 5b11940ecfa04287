import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { EntityMatcher } from '../entities/entity-matcher.ts';
import rehypeArticleStructure from './rehype-article-structure.ts';
import rehypeEntityLinks, { type RecordedMention } from './rehype-entity-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypePassageIds from './rehype-passage-ids.ts';
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
 * Part of every cached rendering's digest: bump it when a change to this
 * pipeline changes its output, so the next build renders every article again.
 */
export const PIPELINE_VERSION = 7;

export interface LinkOptions {
  matcher: EntityMatcher;
  /** Language of the text: which sentence rules apply. */
  language: string;
  /** The link to an entity page, built from its validated id. */
  entityHref: (entityId: string) => string;
}

export interface RenderedText {
  html: string;
  /** The text a reader sees, for search and checks. */
  text: string;
  mentions: RecordedMention[];
  /** The rendered tree, for tools that read its passages (`npm run draft`). */
  tree: HastRoot;
}

/**
 * The one pipeline article text goes through: Markdown with GFM tables, no
 * smart punctuation (quotes and apostrophes stay as the source wrote them), raw
 * HTML shown as text, sanitized; then our own steps: external links marked with
 * their host, headings under the page's, passage ids, entity links.
 */
export function createArticleRenderer(options: LinkOptions): (markdown: string) => Promise<RenderedText> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkHtmlAsText)
    .use(remarkRehype)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeExternalLinks)
    .use(rehypeArticleStructure)
    .use(rehypePassageIds)
    .use(rehypeEntityLinks, { matcher: options.matcher, language: options.language, href: options.entityHref })
    .use(rehypeStringify);
  return async (markdown) => {
    const file = new VFile(markdown);
    const hast = (await processor.run(processor.parse(file), file)) as HastRoot;
    return { html: processor.stringify(hast, file), text: toText(hast), mentions: file.data.mentions ?? [], tree: hast };
  };
}

/** A summary is plain text: one paragraph, with its entity mentions linked like the article's. */
export function createSummaryRenderer(options: LinkOptions): (text: string) => Promise<RenderedText> {
  const processor = unified().use(rehypeEntityLinks, { matcher: options.matcher, language: options.language, href: options.entityHref }).use(rehypeStringify);
  return async (text) => {
    const file = new VFile();
    const tree: HastRoot = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
    };
    const hast = (await processor.run(tree, file)) as HastRoot;
    return { html: processor.stringify(hast, file), text, mentions: file.data.mentions ?? [], tree: hast };
  };
}
