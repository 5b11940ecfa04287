import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { fileOf, type DistPage } from './dist-files.ts';

export interface Problem {
  page: string;
  message: string;
}

const LANG_PREFIX = /^\/(en|fr|zh)\//;

/** Links that may cross languages: the switcher, hreflang alternates, and language-neutral permalinks. */
function mayCrossLanguage(element: Element, ancestors: Element[], target: string): boolean {
  if (element.tagName === 'link' && element.properties['hrefLang'] !== undefined) return true;
  if (target.startsWith('/a/')) return true;
  return ancestors.some((a) => (a.properties['className'] as string[] | undefined)?.includes('lang-switcher'));
}

/**
 * Every internal link, stylesheet, script, image and `#fragment` in the built
 * site resolves to a file (and an element id), and pages of one language link
 * to pages of the same language (the Astro docs' same-language rule).
 */
export function checkLinks(pages: readonly DistPage[], files: ReadonlySet<string>, siteUrl: string): Problem[] {
  const site = new URL(siteUrl);
  const ids = new Map<string, Set<string>>();
  for (const page of pages) ids.set(page.file, new Set(selectAll('[id]', page.tree).map((e) => String(e.properties['id']))));

  const problems: Problem[] = [];
  for (const page of pages) {
    const base = new URL(page.url, site);
    const pageLang = LANG_PREFIX.exec(page.url)?.[1];
    visit(page.tree, 'element', (element: Element, _i, _parent) => {
      const attribute =
        element.tagName === 'a' || element.tagName === 'link'
          ? 'href'
          : element.tagName === 'script' || element.tagName === 'img'
            ? 'src'
            : element.tagName === 'meta' && /^(og:url|og:image|twitter:image)$/.test(String(element.properties['property'] ?? element.properties['name']))
              ? 'content'
              : undefined;
      const value = attribute && element.properties[attribute];
      if (typeof value !== 'string' || value === '') return;
      const url = new URL(value, base);
      if (url.origin !== site.origin) return; // external: not ours to check
      const file = fileOf(url.pathname, files);
      if (!file) {
        problems.push({ page: page.url, message: `<${element.tagName} ${attribute}="${value}"> leads nowhere: no file for ${url.pathname}.` });
        return;
      }
      if (url.hash && file.endsWith('.html') && !ids.get(file)?.has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push({
          page: page.url,
          message: `<${element.tagName} ${attribute}="${value}">: ${url.pathname} has no element with id "${url.hash.slice(1)}".`,
        });
      }
    });
    if (!pageLang) continue;
    const walk = (node: Element, ancestors: Element[]) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const href = child.properties['href'];
        if ((child.tagName === 'a' || child.tagName === 'link') && typeof href === 'string') {
          const url = new URL(href, base);
          const targetLang = LANG_PREFIX.exec(url.pathname)?.[1];
          if (url.origin === site.origin && targetLang && targetLang !== pageLang && !mayCrossLanguage(child, ancestors, url.pathname)) {
            problems.push({
              page: page.url,
              message: `a ${pageLang} page links to the ${targetLang} page ${url.pathname}; link to the ${pageLang} page instead.`,
            });
          }
        }
        walk(child, [...ancestors, child]);
      }
    };
    for (const child of page.tree.children) if (child.type === 'element') walk(child, [child]);
  }
  return problems;
}
