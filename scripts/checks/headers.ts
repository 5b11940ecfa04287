import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { headersFile, META_CSP_DIRECTIVES } from '../../src/lib/security-headers.ts';
import type { DistPage } from './dist-files.ts';
import type { Problem } from './links.ts';

/** The build's `_headers` holds the whole policy, and every page's CSP meta tag its page-level part. */
export function checkSecurityHeaders(dist: string, pages: readonly DistPage[]): Problem[] {
  const problems: Problem[] = [];
  const file = join(dist, '_headers');
  if (!existsSync(file))
    problems.push({ page: '/_headers', message: 'missing: hosts that read it (Netlify, Cloudflare Pages) would send no security headers.' });
  else if (readFileSync(file, 'utf8') !== headersFile())
    problems.push({ page: '/_headers', message: 'differs from the policy in src/lib/security-headers.ts.' });
  for (const page of pages) {
    const metas = selectAll('meta[http-equiv="content-security-policy"]', page.tree);
    // Pages that only redirect (old slugs) carry no script; every other page has the policy.
    if (metas.length === 0) {
      if (!/http-equiv="refresh"/i.test(page.html)) problems.push({ page: page.url, message: 'has no Content-Security-Policy meta tag.' });
      continue;
    }
    const content = String(metas[0]!.properties['content'] ?? '');
    const missing = META_CSP_DIRECTIVES.filter((d) => !content.includes(d));
    if (missing.length > 0) problems.push({ page: page.url, message: `CSP meta tag lacks ${missing.join(', ')}.` });
  }
  return problems;
}
