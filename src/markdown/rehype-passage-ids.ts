import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Blocks a reader can link to: paragraphs, list items, headings, tables. */
const PASSAGES = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre']);

/**
 * Gives every passage of the article text a stable id, `p-1`, `p-2`… in
 * document order. The text is the same on all three language pages, so the
 * ids are too: a link to a passage works in any language (DESIGN.md §3).
 * A paragraph inside a list item is part of that item's passage.
 */
export default function rehypePassageIds() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (!PASSAGES.has(node.tagName)) return;
      if (node.tagName === 'p' && parent?.type === 'element' && parent.tagName === 'li') return;
      node.properties.id = `p-${++n}`;
    });
  };
}
