import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headersFile, META_CSP_DIRECTIVES, nginxSnippet, SECURITY_HEADERS } from './security-headers.ts';

describe('the security policy', () => {
  it('has the directives only a header can apply, and the usual headers', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  });

  it('keeps frame-ancestors out of the meta tag (browsers ignore it there) and everything else in', () => {
    expect(META_CSP_DIRECTIVES.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect(META_CSP_DIRECTIVES).toEqual(CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')));
  });

  it('writes _headers as Netlify and Cloudflare Pages read it: a path, then indented "Name: value" lines', () => {
    const lines = headersFile().trimEnd().split('\n');
    expect(lines[0]).toBe('/*');
    expect(Object.fromEntries(lines.slice(1).map((l) => /^ {2}([\w-]+): (.+)$/.exec(l)!.slice(1, 3)))).toEqual(SECURITY_HEADERS);
  });

  it('gives the README the same nginx snippet', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`nginx\n${nginxSnippet()}\n\`\`\``);
  });
});
