import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Links out of the site, in article text: the reader sees where a link goes (its host,
 * after the link text, since the text can say anything) and the target learns nothing
 * about the reader and gets no ranking from us: `rel="noopener noreferrer nofollow"`.
 * A protocol-relative link (`//evil.example/`) is one of them, written out as https.
 * Runs after sanitizing, so only http(s) and mailto links remain.
 */
export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string' || !parent || index === undefined) return;
      const href = node.properties['href'];
      if (!/^(https?:)?\/\//i.test(href)) return;
      let url: URL;
      try {
        url = new URL(href, 'https://invalid.invalid');
      } catch {
        delete node.properties['href']; // not a URL a browser could follow: shown as text
        return;
      }
      node.properties['href'] = url.href;
      node.properties['rel'] = ['noopener', 'noreferrer', 'nofollow'];
      parent.children.splice(
        index + 1,
        0,
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['link-host'], dataPagefindIgnore: '', dataNolink: '' },
          children: [{ type: 'text', value: `(${url.host})` }],
        },
      );
      return index + 3;
    });
  };
}
