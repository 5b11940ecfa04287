import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Fits the article text into its page: the page's own h2 introduces the
 * original text, so the text's headings move one level down (h2 → h3), and
 * each table gets a focusable scroll box so a wide table scrolls on a phone
 * instead of widening the page.
 */
export default function rehypeArticleStructure() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
      if (node.tagName === 'table' && parent && index !== undefined) {
        const box: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0 },
          children: [node],
        };
        parent.children[index] = box;
        return 'skip';
      }
      return undefined;
    });
  };
}
