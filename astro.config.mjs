// @ts-check
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/lib/site-url.ts';

// Thin on purpose: plugins and integrations live in src/ (DESIGN.md §7).
export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inlined CSS would push the Open Graph tags past what chat crawlers read (DESIGN.md §5).
    inlineStylesheets: 'never',
  },
  security: { csp: true },
});
