import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Blocks a reader can link to: paragraphs, list items, headings, tables. */
const PASSAGES = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre']);

/** The id of the page element that names every passage link, in the page's language (the text itself is shared by all three). */
export const PASSAGE_LINK_LABEL = 'passage-link-label';

/**
 * Gives every passage of the article text a stable id, `p-1`, `p-2`… in
 * document order. The text is the same on all three language pages, so the
 * ids are too: a link to a passage works in any language (docs/design.md §3).
 * A paragraph inside a list item or a quote is part of that item's or quote's passage
 * (one ¶ for the quote, not one for it and one for each of its paragraphs). Each passage
 * gets a link to itself (a pilcrow, named in the page's language through
 * aria-labelledby), which the page's copy-link script turns into a copy control.
 */
export default function rehypePassageIds() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!PASSAGES.has(node.tagName)) return;
      if (node.tagName === 'p' && parent?.type === 'element' && (parent.tagName === 'li' || parent.tagName === 'blockquote')) return;
      const id = `p-${++n}`;
      node.properties.id = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['passage-anchor'], href: `#${id}`, ariaLabelledBy: [PASSAGE_LINK_LABEL], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: '¶' }],
      };
      // A table cannot hold a link outside its cells: the link goes just before it.
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children.splice(index, 0, anchor);
        return index + 2;
      }
      node.children.push(anchor);
      return undefined;
    });
  };
}
