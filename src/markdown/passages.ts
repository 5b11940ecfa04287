import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import { createArticleRenderer } from './render-article.ts';

export interface Passage {
  /** `p-3`: the id the article page gives it, so `#p-3` links to it. */
  id: string;
  tagName: string;
  /** Its text as a reader sees it, without the passages nested in it (a sub-list's items are passages of their own). */
  text: string;
}

const NO_ENTITIES = createEntityMatcher([]);

/** The passages of an article text, numbered by the page's own pipeline (rehype-passage-ids), so the ids always agree. */
export async function articlePassages(markdown: string, language: string): Promise<Passage[]> {
  const { tree } = await createArticleRenderer({ matcher: NO_ENTITIES, language, entityHref: () => '#' })(markdown);
  const passages: Passage[] = [];
  visit(tree as Root, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id !== 'string' || !/^p-\d+$/.test(id)) return;
    passages.push({ id, tagName: node.tagName, text: toText({ ...node, children: ownChildren(node.children) }).trim() });
  });
  return passages;
}

/** A passage's content without the passages nested in it and without its own pilcrow link. */
function ownChildren(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const className = child.properties['className'];
    if (Array.isArray(className) && className.includes('passage-anchor')) return [];
    if (typeof child.properties['id'] === 'string' && /^p-\d+$/.test(child.properties['id'])) return [];
    return [{ ...child, children: ownChildren(child.children) }];
  });
}
