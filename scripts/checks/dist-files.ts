import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface DistPage {
  /** The URL path the page is served at: `/en/articles/x/`, `/404.html`. */
  url: string;
  file: string;
  html: string;
  tree: Root;
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** The URL a built file is served at (`en/index.html` → `/en/`). */
export function urlOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a URL path resolves to, as a static host would find it. */
export function fileOf(pathname: string, files: ReadonlySet<string>): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [path, `${path}index.html`, `${path}/index.html`, `${path}.html`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

export function readPages(dist: string): DistPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return { url: urlOf(file), file, html, tree: fromHtml(html) };
    });
}
