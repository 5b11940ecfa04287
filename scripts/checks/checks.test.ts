import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readPages } from './dist-files.ts';
import { checkHtmlValidity } from './html-validity.ts';
import { checkLinks } from './links.ts';
import { checkUnfurls, pngSize } from './unfurl.ts';
import { checkUnsafeHtml } from './unsafe-html.ts';
import { checkXml } from './xml.ts';
import { checkSecurityHeaders } from './headers.ts';
import { headersFile, META_CSP_DIRECTIVES } from '../../src/lib/security-headers.ts';

const SITE = 'http://localhost:4321';
const page = (body: string, lang = 'en', head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main>${body}</main></body></html>`;

/** A tiny built site; each test breaks one thing in it on purpose. */
function dist(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-dist-'));
  const all = { 'en/index.html': page('<p id="p-1">Home</p>'), 'fr/index.html': page('<p>Accueil</p>', 'fr'), ...files };
  for (const [name, html] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  return { dir, pages: readPages(dir), files: new Set(listFiles(dir)) };
}
const links = (files: Record<string, string>) => {
  const d = dist(files);
  return checkLinks(d.pages, d.files, SITE).map((p) => `${p.page}: ${p.message}`);
};

describe('checkLinks', () => {
  it('passes links that resolve, relative and absolute, with fragments', () => {
    expect(
      links({
        'en/a/index.html': page(
          '<a href="../">up</a> <a href="/en/#p-1">p</a> <a href="http://localhost:4321/en/">abs</a> <a href="https://example.com/x">ext</a>',
        ),
      }),
    ).toEqual([]);
  });

  it('fails on a dead link', () => {
    expect(links({ 'en/a/index.html': page('<a href="/en/nowhere/">x</a>') })).toEqual([
      '/en/a/: <a href="/en/nowhere/"> leads nowhere: no file for /en/nowhere/.',
    ]);
  });

  it('fails on a fragment with no element', () => {
    expect(links({ 'en/a/index.html': page('<a href="/en/#p-9">x</a>') })).toEqual(['/en/a/: <a href="/en/#p-9">: /en/ has no element with id "p-9".']);
  });

  it('fails on a link to another language, except from the switcher and hreflang', () => {
    const problems = links({
      'en/a/index.html': page(
        '<nav class="lang-switcher"><a href="/fr/">fr</a></nav><a href="/fr/">fr</a>',
        'en',
        '<link rel="alternate" hreflang="fr" href="/fr/">',
      ),
    });
    expect(problems).toEqual(['/en/a/: a en page links to the fr page /fr/; link to the en page instead.']);
  });
});

describe('checkUnsafeHtml', () => {
  const unsafe = (body: string, head = '') => checkUnsafeHtml(dist({ 'en/a/index.html': page(body, 'en', head) }).pages).map((p) => p.message);

  it('fails on an inline event handler', () => {
    expect(unsafe('<img src="/x.png" alt="" onerror="alert(1)">')).toEqual(['<img> has an inline event handler onError.']);
  });

  it('fails on a javascript: URL, however it is spelled', () => {
    expect(unsafe('<a href="JAVA\tscript:alert(1)">x</a>')).toHaveLength(1);
  });

  it('fails on a script we did not ship, and passes ours', () => {
    expect(unsafe('<script>alert(1)</script>')).toHaveLength(1);
    expect(unsafe('<script src="https://evil.example/x.js"></script>')).toHaveLength(1);
    expect(
      unsafe('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script><script type="application/json">{}</script>'),
    ).toEqual([]);
    expect(unsafe('<script type="text/javascript">alert(1)</script>')).toHaveLength(1);
  });

  it('passes an inline script whose hash the CSP lists', () => {
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='">`;
    expect(unsafe('<script>alert(1)</script>', csp)).toEqual([]);
  });
});

describe('checkHtmlValidity', () => {
  it('fails on an invalid element', async () => {
    const problems = await checkHtmlValidity(dist({ 'en/a/index.html': page('<p><div>block in a paragraph</div></p><blink>x</blink>') }).pages);
    expect(problems.some((p) => p.page === '/en/a/' && /blink|element-permitted-content|no-unknown-elements/.test(p.message))).toBe(true);
  });

  it('passes valid pages', async () => {
    expect(await checkHtmlValidity(dist({}).pages)).toEqual([]);
  });
});

/** A PNG header claiming the given size, padded to `bytes`. */
function png(width: number, height: number, bytes = 100): Buffer {
  const b = Buffer.alloc(bytes);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(b);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

const UNFURL_HEAD = (image = 'http://localhost:4321/og/en/a.png') => `<link rel="canonical" href="http://localhost:4321/en/articles/a/">
<meta property="og:type" content="article"><meta property="og:title" content="T"><meta property="og:description" content="D">
<meta property="og:url" content="http://localhost:4321/en/articles/a/"><meta property="og:image" content="${image}">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="A">
<meta property="og:locale" content="en_US"><meta property="og:site_name" content="Dossier"><meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Source"><meta name="twitter:data1" content="X"><meta name="twitter:label2" content="Published"><meta name="twitter:data2" content="Y">`;

describe('checkUnfurls', () => {
  const unfurls = (files: Record<string, string | Buffer>) => {
    const d = dist(files);
    return checkUnfurls(d.pages, d.dir, d.files, SITE).map((p) => p.message);
  };

  it('passes an article with every tag and a 1200×630 PNG card', () => {
    expect(unfurls({ 'en/articles/a/index.html': page('x', 'en', UNFURL_HEAD()), 'og/en/a.png': png(1200, 630) })).toEqual([]);
  });

  it('fails when the tags come after the first 16 KB', () => {
    const bloated = page('x', 'en', `<style>${'a{}'.repeat(6000)}</style>${UNFURL_HEAD()}`);
    expect(unfurls({ 'en/articles/a/index.html': bloated, 'og/en/a.png': png(1200, 630) })).toContain('og:title is missing from the first 16384 bytes.');
  });

  it('fails on a relative, missing, wrongly sized or heavy card', () => {
    expect(unfurls({ 'en/articles/a/index.html': page('x', 'en', UNFURL_HEAD('/og/en/a.png')), 'og/en/a.png': png(1200, 630) })).toContain(
      'og:image "/og/en/a.png" is not an absolute URL on http://localhost:4321.',
    );
    expect(unfurls({ 'en/articles/a/index.html': page('x', 'en', UNFURL_HEAD()) })).toContain(
      'og:image http://localhost:4321/og/en/a.png is not in the build.',
    );
    expect(unfurls({ 'en/articles/a/index.html': page('x', 'en', UNFURL_HEAD()), 'og/en/a.png': png(800, 600) })).toContain(
      'og:image http://localhost:4321/og/en/a.png is 800×600, not 1200×630.',
    );
    expect(unfurls({ 'en/articles/a/index.html': page('x', 'en', UNFURL_HEAD()), 'og/en/a.png': png(1200, 630, 400 * 1024) })[0]).toMatch(
      /weighs 409600 bytes, over 307200/,
    );
  });

  it('reads PNG dimensions and refuses what is not a PNG', () => {
    expect(pngSize(png(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('GIF89a'))).toBeUndefined();
  });
});

describe('checkXml', () => {
  const xml = (feed: string) => {
    const d = dist({
      'en/rss.xml': feed,
      'sitemap-0.xml': '<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>http://localhost:4321/en/</loc></url></urlset>',
    });
    return checkXml(d.dir, d.files).map((p) => `${p.page}: ${p.message}`);
  };

  it('passes well-formed feeds and sitemaps', () => {
    expect(xml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Café &amp; 咖啡</title></channel></rss>')).toEqual([]);
  });

  it.each([
    ['a NUL in a title', 0x00],
    ['a BEL', 0x07],
    ['an ESC', 0x1b],
  ])('fails on %s (issue 16.4: the feed was no longer XML)', (_, control) => {
    expect(xml(`<rss version="2.0"><channel><title>Hello${String.fromCharCode(control)}World</title></channel></rss>`)).toEqual([
      '/en/rss.xml: not well-formed XML: 1:41: disallowed character.',
    ]);
  });

  it('fails on a feed that is not well-formed', () => {
    expect(xml('<rss><channel></rss>')[0]).toMatch(/^\/en\/rss\.xml: not well-formed XML/);
  });
});

describe('checkSecurityHeaders', () => {
  const meta = `<meta http-equiv="content-security-policy" content="${META_CSP_DIRECTIVES.join('; ')}; script-src 'self'">`;
  const check = (files: Record<string, string>) => {
    const d = dist({ 'en/index.html': page('<p>Home</p>', 'en', meta), 'fr/index.html': page('<p>Accueil</p>', 'fr', meta), ...files });
    return checkSecurityHeaders(d.dir, d.pages).map((p) => `${p.page}: ${p.message}`);
  };

  it('passes a build with _headers and the policy in every page', () => {
    expect(check({ _headers: headersFile() })).toEqual([]);
  });

  it('fails without _headers, or with one that differs from the policy', () => {
    expect(check({})).toEqual(['/_headers: missing: hosts that read it (Netlify, Cloudflare Pages) would send no security headers.']);
    expect(check({ _headers: headersFile().replace("frame-ancestors 'none'", 'frame-ancestors *') })).toEqual([
      '/_headers: differs from the policy in src/lib/security-headers.ts.',
    ]);
  });

  it('fails on a page whose meta tag lacks a directive', () => {
    expect(
      check({
        _headers: headersFile(),
        'en/a/index.html': page('<p>x</p>', 'en', `<meta http-equiv="content-security-policy" content="script-src 'self'">`),
      })[0],
    ).toMatch(/^\/en\/a\/: CSP meta tag lacks object-src 'none'/);
  });
});
