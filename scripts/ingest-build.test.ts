// In its own file so that Vitest runs this build beside the other ingest tests, not after them.
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCopy, GERMAN, ingest, project } from './ingest-test-kit.ts';
import { runNode } from './run-node.ts';

describe('an ingested article, nothing written by hand, in the built site', () => {
  it('has its page, its entities linked, its script shown as text, and its missing title and summary said so', { timeout: 600_000 }, async () => {
    const root = contentCopy();
    const ingested = await ingest(root, GERMAN);
    expect(ingested.status, ingested.out).toBe(0);
    // Build a copy of the site from that content root.
    const site = mkdtempSync(join(tmpdir(), 'dossier-site-'));
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(join(project, entry), join(site, entry), { recursive: true });
    symlinkSync(join(project, 'node_modules'), join(site, 'node_modules'));
    const build = await runNode([join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: site,
      // Its own cache folder: node_modules is the project's, and with it Astro's default cache folder, which builds running beside this one use.
      env: { ...process.env, DOSSIER_CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_CACHE_DIR: join(site, '.cache') },
      timeoutMs: 540_000,
    });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(site, 'dist', 'fr', 'articles', 'microsoft-und-openai-erweitern-ihre-partnerschaft', 'index.html'), 'utf8');
    expect(html).toContain('<div class="original-text" lang="de">');
    expect(html).toMatch(/<a href="\.\.\/\.\.\/entities\/microsoft\/" class="entity" data-entity="microsoft">Microsoft<\/a>/);
    expect(html).toContain('&#x3C;script>alert("Das ist nur Text")&#x3C;/script>');
    expect(html).toContain('<table id="p-');
    // No French title or summary yet: the German title is shown in its own language, and the page says so in French.
    expect(html).toMatch(/<h1 data-pagefind-meta="title"><span lang="de">Microsoft und OpenAI erweitern ihre Partnerschaft<\/span><\/h1>/);
    expect(html).toContain('Titre pas encore disponible en français\u202f; le voici en allemand');
    expect(html).toContain('Pas encore de résumé, dans aucune langue.');
  });
});
