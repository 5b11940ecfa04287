import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { DistPage } from './dist-files.ts';
import type { Problem } from './links.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'xLinkHref'];

/** The script hashes a page's Content-Security-Policy allows. */
function allowedHashes(page: DistPage): Set<string> {
  const hashes = new Set<string>();
  visit(page.tree, 'element', (e: Element) => {
    if (e.tagName === 'meta' && String(e.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
      const scriptSrc = /script-src([^;]*)/.exec(String(e.properties['content']))?.[1] ?? '';
      for (const m of scriptSrc.matchAll(/'sha256-([^']+)'/g)) hashes.add(m[1]!);
    }
  });
  return hashes;
}

/**
 * What must never be in the built site (MDN's flaw levels): inline event
 * handlers, `javascript:` URLs, and scripts we did not ship: only JSON data
 * blocks, our own bundles and inline scripts whose hash the page's CSP lists.
 */
export function checkUnsafeHtml(pages: readonly DistPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const hashes = allowedHashes(page);
    visit(page.tree, 'element', (e: Element) => {
      for (const [name, value] of Object.entries(e.properties)) {
        if (/^on[a-z]/i.test(name)) problems.push({ page: page.url, message: `<${e.tagName}> has an inline event handler ${name}.` });
        if (
          URL_ATTRIBUTES.includes(name) &&
          typeof value === 'string' &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\u0000-\u0020]/g, ''))
        ) {
          problems.push({ page: page.url, message: `<${e.tagName} ${name}="${value}"> is a script URL.` });
        }
      }
      if (e.tagName !== 'script') return;
      const type = String(e.properties['type'] ?? '');
      const src = e.properties['src'];
      // JSON data blocks are never executed.
      if (type === 'application/ld+json' || type === 'application/json') return;
      if (typeof src === 'string') {
        if (!/^\/(_astro|pagefind)\//.test(src)) problems.push({ page: page.url, message: `<script src="${src}"> is not one of our bundles.` });
        return;
      }
      const hash = createHash('sha256').update(toString(e)).digest('base64');
      if (!hashes.has(hash))
        problems.push({ page: page.url, message: `an inline <script> whose hash the page's CSP does not list: ${toString(e).slice(0, 60)}…` });
    });
  }
  return problems;
}
