import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Article text is untrusted: anything in it that Markdown would read as raw HTML
 * (`<script>`, `<img onerror=…>`, comments) is shown as the text it is, never
 * parsed, executed or silently dropped.
 */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value } as never;
    });
  };
}
