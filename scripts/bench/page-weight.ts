// What one page costs a reader on first render: HTML, CSS and JS bytes, raw and gzip, and requests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: { raw: number; gzip: number };
  /** Stylesheets: linked files, plus the raw bytes inlined in <style> (already counted in the HTML). */
  css: { raw: number; gzip: number; files: number; inlineRaw: number };
  js: { raw: number; gzip: number; files: number };
  /** Requests before the page can render: the HTML and its stylesheets (module scripts are deferred). */
  renderRequests: number;
}

const size = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

export function pageWeight(dist: string, page: string): PageWeight {
  const htmlBytes = readFileSync(join(dist, page, 'index.html'));
  const html = htmlBytes.toString('utf8');
  const refs = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))].filter((u) => u.startsWith('/') && existsSync(join(dist, u)));
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = refs(/<script[^>]+src="([^"]+)"/g);
  const sum = (files: string[]) =>
    files.map((f) => size(readFileSync(join(dist, f)))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  // Inline module scripts count as JavaScript too.
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const jsSum = sum(js);
  for (const b of inline) {
    const s = size(b);
    jsSum.raw += s.raw;
    jsSum.gzip += s.gzip;
  }
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  return {
    page,
    html: size(htmlBytes),
    css: { ...sum(css), files: css.length, inlineRaw: inlineCss },
    js: { ...jsSum, files: js.length + inline.length },
    renderRequests: 1 + css.length,
  };
}
