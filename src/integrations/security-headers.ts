import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

/** Writes `_headers` (Netlify, Cloudflare Pages) into the build: the site's security headers for every path. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'dossier-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
