// The two sites the benchmark compares ours with, built from the same Markdown:
// Starlight with the same three locales and its search on, and a bare Astro site
// with the default Markdown processor and no plugins (the floor).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function project(dir: string, projectRoot: string, files: Record<string, string>, dependencies: string[] = ['astro']): void {
  // The sites live inside the project folder, so their imports find its node_modules as any
  // nested package would (through a symbolic link, Vite loses track of Starlight's components).
  if (!dir.startsWith(projectRoot)) throw new Error(`${dir} must be inside ${projectRoot}`);
  mkdirSync(dir, { recursive: true });
  // Astro bundles the Astro packages a site depends on; it learns which from package.json.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-site', private: true, type: 'module', dependencies: Object.fromEntries(dependencies.map((d) => [d, '*'])) }),
  );
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The floor: Astro's glob loader, its default (Sätteri) Markdown processor, one plain page per article and language. */
export function writeFloorSite(dir: string, projectRoot: string, corpus: string): void {
  project(dir, projectRoot, {
    'astro.config.mjs': `export default {};\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(join(corpus, 'content', 'articles'))} }) }) };\n`,
    'src/pages/[lang]/[slug].astro': `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const articles = await getCollection('articles');\n  return ['en', 'fr', 'zh'].flatMap((lang) => articles.map((a) => ({ params: { lang, slug: a.id }, props: { a } })));\n}\nconst { Content } = await render(Astro.props.a);\n---\n<html lang={Astro.params.lang}><head><meta charset="utf-8"><title>{Astro.props.a.data.title[Astro.params.lang]}</title></head><body><main><h1>{Astro.props.a.data.title[Astro.params.lang]}</h1><Content /></main></body></html>\n`,
  });
}

/** Starlight with en, fr and zh, its default Pagefind search on; each article in each locale, titled in that language. */
export function writeStarlightSite(dir: string, projectRoot: string, corpus: string): string[] {
  project(
    dir,
    projectRoot,
    {
      'astro.config.mjs': `import starlight from '@astrojs/starlight';\nexport default {\n  integrations: [starlight({\n    title: 'Bench',\n    defaultLocale: 'en',\n    locales: { en: { label: 'English' }, fr: { label: 'Français' }, zh: { label: '简体中文', lang: 'zh-CN' } },\n    // A short sidebar, as a real site of thousands of articles would have (the default lists every page on every page).\n    sidebar: [{ label: 'Bench', link: '/en/' }],\n  })],\n};\n`,
      'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
    },
    ['astro', '@astrojs/starlight'],
  );
  const slugs: string[] = [];
  const articles = join(corpus, 'content', 'articles');
  for (const name of readdirSync(articles)) {
    const text = readFileSync(join(articles, name), 'utf8');
    const end = text.indexOf('\n---\n', 4);
    const data = parse(text.slice(4, end)) as { title: Record<string, string> };
    const body = text.slice(end + 5);
    for (const lang of ['en', 'fr', 'zh']) {
      mkdirSync(join(dir, 'src', 'content', 'docs', lang), { recursive: true });
      writeFileSync(join(dir, 'src', 'content', 'docs', lang, name), `---\ntitle: ${JSON.stringify(data.title[lang])}\n---\n${body}`);
    }
    slugs.push(name.replace(/\.md$/, ''));
  }
  for (const lang of ['en', 'fr', 'zh']) writeFileSync(join(dir, 'src', 'content', 'docs', lang, 'index.md'), `---\ntitle: Bench\n---\nBench.\n`);
  return slugs;
}
