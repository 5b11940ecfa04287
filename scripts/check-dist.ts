// Checks the built site in dist/: links and fragments, same-language links,
// unsafe HTML and scripts, HTML validity, what chat apps need to unfurl a link, well-formed feeds and sitemaps, security headers. `npm run check:dist` (after a build).
import { join } from 'node:path';
import { SITE_URL } from '../src/lib/site-url.ts';
import { listFiles, readPages } from './checks/dist-files.ts';
import { checkHtmlValidity } from './checks/html-validity.ts';
import { checkLinks, type Problem } from './checks/links.ts';
import { checkUnfurls } from './checks/unfurl.ts';
import { checkUnsafeHtml } from './checks/unsafe-html.ts';
import { checkXml } from './checks/xml.ts';
import { checkSecurityHeaders } from './checks/headers.ts';

const dist = join(process.cwd(), process.argv[2] ?? 'dist');
const pages = readPages(dist);
const files = new Set(listFiles(dist));
const sections: [string, Problem[]][] = [
  ['links', checkLinks(pages, files, SITE_URL)],
  ['unsafe HTML', checkUnsafeHtml(pages)],
  ['HTML validity', await checkHtmlValidity(pages)],
  ['unfurls', checkUnfurls(pages, dist, files, SITE_URL)],
  ['feeds and sitemaps (XML)', checkXml(dist, files)],
  ['security headers', checkSecurityHeaders(dist, pages)],
];
let failed = 0;
for (const [name, problems] of sections) {
  console.log(`${name}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} (${pages.length} pages)`);
  for (const p of problems.slice(0, 50)) console.log(`  ${p.page}: ${p.message}`);
  if (problems.length > 50) console.log(`  … and ${problems.length - 50} more`);
  failed += problems.length;
}
process.exit(failed > 0 ? 1 : 0);
